package org.objectionhelper.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a field of a form is for. A profile names its fields by role ({@code fields: email: ...}),
 * the request holds a value per role, {@code objection file} takes it from an option, and the
 * review shows it under a message key: all of these come from here.
 */
public enum FieldRole {
  COUNTRY("--country"),
  EMAIL("--email"),
  REASON("--reason"),
  NAME("--name"),
  PROMPT("--prompt"),
  ATTACHMENT("--attach");

  private final String option;

  FieldRole(String option) {
    this.option = option;
  }

  /** The field's name in a profile, e.g. {@code email}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The option of {@code objection file} that gives the value, e.g. {@code --attach}. */
  public String option() {
    return option;
  }

  /** The message that shows the filled value at review, e.g. {@code review.field.email}. */
  public String messageKey() {
    return "review.field." + key();
  }

  /** The role a profile means by this field name; empty for a name no role has. */
  public static Optional<FieldRole> byKey(String key) {
    return Arrays.stream(values()).filter(role -> role.key().equals(key)).findFirst();
  }
}
