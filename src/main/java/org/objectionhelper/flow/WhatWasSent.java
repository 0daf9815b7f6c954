package org.objectionhelper.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectionhelper.evidence.SentBy;

/**
 * What the browser recorded of the form's sending, once the wait after Send is over: whether the
 * page sent it by itself, and the values Meta received that the tool did not fill.
 *
 * @param otherValues by role, each value a request carried that is not what the tool filled
 */
record WhatWasSent(boolean byThePage, Map<String, String> otherValues) {
  /** Reads it from the review and records it in the evidence. */
  static WhatWasSent of(Review review, EvidenceRecorder evidence) {
    if (!review.recorded()) {
      evidence.sentNotRecorded();
      return new WhatWasSent(false, Map.of());
    }
    List<SentForm> forms = review.forms();
    if (forms.isEmpty()) {
      return new WhatWasSent(false, Map.of());
    }
    evidence.sentAsRecorded(
        forms.stream().filter(SentForm::byThePerson).findFirst().orElse(forms.get(0)), forms);
    Map<String, String> other = new LinkedHashMap<>();
    forms.forEach(form -> form.differences().forEach(other::putIfAbsent));
    return new WhatWasSent(forms.stream().anyMatch(form -> form.by() == SentBy.PAGE_ITSELF), other);
  }
}
