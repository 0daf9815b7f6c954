package org.objectionhelper.profile;

import java.util.List;

/**
 * A form field as the profile describes it.
 *
 * @param role what the field is for
 * @param optional true where some versions of the form do not show the field at all
 * @param maxBytes for a {@link FieldType#FILE} field, the largest file the form accepts; else 0
 */
public record FieldSpec(
    FieldRole role, FieldType type, boolean optional, List<Locator> locators, long maxBytes) {
  public FieldSpec {
    locators = List.copyOf(locators);
  }

  /** The same field, found by other locators. */
  public FieldSpec withLocators(List<Locator> others) {
    return new FieldSpec(role, type, optional, others, maxBytes);
  }

  /** The field's name in the profile, for messages. */
  public String name() {
    return role.key();
  }
}
