package org.objectionhelper.profile;

import java.util.List;

/**
 * A form field as the profile describes it.
 *
 * @param name the role the tool gives it: {@code country}, {@code email}, {@code reason},
 *     {@code name}, {@code prompt} or {@code attachment}
 * @param optional true where some versions of the form do not show the field at all
 * @param maxBytes for a {@link FieldType#FILE} field, the largest file the form accepts; else 0
 */
public record FieldSpec(
    String name, FieldType type, boolean optional, List<Locator> locators, long maxBytes) {
  public FieldSpec {
    locators = List.copyOf(locators);
  }
}
