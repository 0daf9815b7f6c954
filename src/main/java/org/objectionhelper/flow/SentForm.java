package org.objectionhelper.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectionhelper.browser.SentRequest;
import org.objectionhelper.evidence.SentBy;

/**
 * A request that carried the form's fields to an allowed host, as the browser recorded it.
 *
 * @param values by role, what the request carried; several values under one name (a second, hidden
 *     field with the same name) are joined by {@link #BETWEEN_VALUES}
 * @param differences by role, the values that are neither what the tool filled nor what the person
 *     typed at review
 */
record SentForm(
    SentRequest request, SentBy by, Map<String, String> values, Map<String, String> differences) {
  static final String BETWEEN_VALUES = " | ";

  SentForm {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    differences = Collections.unmodifiableMap(new LinkedHashMap<>(differences));
  }

  boolean byThePerson() {
    return by == SentBy.PERSON || by == SentBy.TOOL_ON_THE_PERSONS_WORD;
  }
}
