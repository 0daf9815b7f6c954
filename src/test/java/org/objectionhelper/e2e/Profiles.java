package org.objectionhelper.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;

/** Profiles edited for a test, as a maintainer would edit the YAML. */
final class Profiles {
  private Profiles() {}

  /** The profile with the field's locators replaced: a profile that no longer fits the page. */
  static FormProfile withLocators(FormProfile profile, String field, List<Locator> locators) {
    Map<String, FieldSpec> fields = new LinkedHashMap<>(profile.fields());
    FieldSpec old = fields.get(field);
    fields.put(field, new FieldSpec(field, old.type(), old.optional(), locators, old.maxBytes()));
    return new FormProfile(
        profile.platform(),
        profile.source(),
        profile.name(),
        profile.formUrl(),
        profile.allowedHosts(),
        profile.titles(),
        profile.login(),
        fields,
        profile.submit(),
        profile.confirmation(),
        profile.cookieDismiss(),
        profile.sendError(),
        profile.steps(),
        profile.logoutUrl());
  }
}
