package org.objectionhelper.e2e;

import java.util.List;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;

/** Profiles edited for a test, as a maintainer would edit the YAML. */
final class Profiles {
  private Profiles() {}

  /** The profile with the field's locators replaced: a profile that no longer fits the page. */
  static FormProfile withLocators(FormProfile profile, FieldRole field, List<Locator> locators) {
    FieldSpec old = profile.field(field).orElseThrow();
    return profile.withField(
        new FieldSpec(field, old.type(), old.optional(), locators, old.maxBytes()));
  }
}
