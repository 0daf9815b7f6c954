package org.objectionhelper.flow;

import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.Locator;

/**
 * What a {@link ScriptedPage} shows for a while: its address, the form's fields, the elements the
 * profile's locators find, and signs a person reads (a login, Meta's words, a question).
 *
 * @param elements what the profile's locators find (a step's field, its rejection)
 */
record Scene(URI address, Set<FieldRole> fields, Set<Locator> elements, Map<Sign, String> signs) {
  /** What a page may show, each with its words where it has any. */
  enum Sign {
    /** The profile's login indicators or a password field, with how they were found. */
    LOGIN_GATE,
    /** Meta's words that the address shows nothing. */
    UNAVAILABLE,
    /** A question before the form. */
    QUESTION,
    /** The page keeps changing and never holds still. */
    DRAWING,
    /** Meta's confirmation in the profile's containers, and as a line of the page. */
    CONFIRMATION,
    /** Meta's confirmation as a line of the page only, outside the profile's containers. */
    CONFIRMATION_LINE,
    /** Meta's error after Send. */
    SEND_ERROR,
    /** The page noticed a press on Send (send-watch.js). */
    SEND_PRESSED,
    /** The browser recorded the form leaving after a press of the person's. */
    SENT_BY_PERSON,
    /** The browser recorded the form leaving without a press of the person's. */
    SENT_BY_PAGE
  }

  Scene {
    fields = Set.copyOf(fields);
    elements = Set.copyOf(elements);
    signs = signs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(signs));
  }

  /** An empty page at {@code address}, holding still. */
  static Scene at(URI address) {
    return new Scene(address, Set.of(), Set.of(), Map.of());
  }

  Scene withFields(FieldRole... roles) {
    Set<FieldRole> all = new HashSet<>(fields);
    all.addAll(List.of(roles));
    return new Scene(address, all, elements, signs);
  }

  /** The same page, where {@code locator} now finds an element. */
  Scene showing(Locator locator) {
    Set<Locator> all = new HashSet<>(elements);
    all.add(locator);
    return new Scene(address, fields, all, signs);
  }

  Scene without(Locator locator) {
    Set<Locator> all = new HashSet<>(elements);
    all.remove(locator);
    return new Scene(address, fields, all, signs);
  }

  Scene with(Sign sign) {
    return with(sign, "");
  }

  Scene with(Sign sign, String words) {
    Map<Sign, String> all = new EnumMap<>(Sign.class);
    all.putAll(signs);
    all.put(sign, words);
    return new Scene(address, fields, elements, all);
  }

  Optional<String> sign(Sign sign) {
    return Optional.ofNullable(signs.get(sign));
  }
}
