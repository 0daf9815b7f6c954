package org.objectionhelper.page;

import java.util.Map;
import java.util.Optional;

/** The page's own notice of Send, from the review on: the moment, and what the fields hold. */
public interface SendNotice {
  /** The moment of Send, once the page has noticed one. */
  Optional<SendMoment> moment();

  /** What each watched field holds now, by role. */
  Map<String, String> valuesNow();
}
