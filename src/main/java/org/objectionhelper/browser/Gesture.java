package org.objectionhelper.browser;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.json.JsonException;

/**
 * A trusted click, activating key (Enter, Space) or edit of a field's value: made by a person or by
 * WebDriver, never by a page's script. Recorded by {@link NetworkRecord}.
 *
 * @param kind {@code click}, {@code key} or {@code edit}
 * @param control what it hit: the button, link or field, as tag, type, role and visible text
 * @param edit for an edit, the field's name and the value it was given
 */
public record Gesture(Instant at, String kind, Control control, Optional<Edit> edit) {
  /** A field's value as an edit of the person's left it. */
  public record Edit(String name, String value) {}

  public Gesture(Instant at, String kind, Control control) {
    this(at, kind, control, Optional.empty());
  }

  /** The control a gesture hit, as the page showed it. */
  public record Control(String tag, String type, String role, String text) {
    /** Whether it is something a person presses to act: a button, a link, a submit input. */
    public boolean pressable() {
      return tag.equals("button")
          || tag.equals("a")
          || role.equals("button")
          || role.equals("link")
          || (tag.equals("input") && (type.equals("submit") || type.equals("button")));
    }
  }

  private static final Json JSON = new Json();

  /** Whether it can send a form: a press on a button or link, or an activating key. */
  public boolean activates() {
    return kind.equals("key") || (edit.isEmpty() && control.pressable());
  }

  /** Reads what gesture-watch.js reported; empty for anything else. */
  static Optional<Gesture> parse(String payload) {
    try {
      Map<String, Object> reported = JSON.toType(payload, Json.MAP_TYPE);
      if (!(reported.get("at") instanceof Number at)
          || !(reported.get("target") instanceof Map<?, ?> target)) {
        return Optional.empty();
      }
      Optional<Edit> edit =
          reported.get("edit") instanceof Map<?, ?> field
              ? Optional.of(new Edit(text(field, "name"), text(field, "value")))
              : Optional.empty();
      return Optional.of(
          new Gesture(
              Instant.ofEpochMilli(at.longValue()),
              String.valueOf(reported.get("kind")),
              new Control(
                  text(target, "tag"),
                  text(target, "type"),
                  text(target, "role"),
                  text(target, "text")),
              edit));
    } catch (JsonException notOurs) {
      return Optional.empty();
    }
  }

  private static String text(Map<?, ?> target, String key) {
    Object value = target.get(key);
    return value == null ? "" : String.valueOf(value);
  }
}
