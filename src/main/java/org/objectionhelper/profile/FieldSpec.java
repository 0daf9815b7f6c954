package org.objectionhelper.profile;

import java.util.List;

/**
 * A form field as the profile describes it.
 *
 * @param name the role the tool gives it: {@code country}, {@code email} or {@code reason}
 * @param optional true where some versions of the form do not show the field at all
 */
public record FieldSpec(String name, FieldType type, boolean optional, List<Locator> locators) {
  public FieldSpec {
    locators = List.copyOf(locators);
  }
}
