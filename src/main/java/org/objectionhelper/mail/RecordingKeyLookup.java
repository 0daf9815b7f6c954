package org.objectionhelper.mail;

import java.util.List;
import java.util.Optional;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.apache.james.jdkim.exceptions.TempFailException;

/**
 * Passes jDKIM's key lookups on and keeps the record the last one returned, to be saved, or where
 * none was found.
 */
final class RecordingKeyLookup implements PublicKeyRecordRetriever {
  private final KeySource keys;
  private KeyRecord last;
  private String missing;

  RecordingKeyLookup(KeySource keys) {
    this.keys = keys;
  }

  @Override
  public List<String> getRecords(CharSequence method, CharSequence selector, CharSequence domain)
      throws TempFailException, PermFailException {
    List<String> records = keys.lookup().getRecords(method, selector, domain);
    String name = selector + "._domainkey." + domain;
    if (records.isEmpty()) {
      missing = name;
    } else {
      last = new KeyRecord(name, String.join("\n", records), keys.name(), keys.origin());
    }
    return records;
  }

  Optional<KeyRecord> last() {
    return Optional.ofNullable(last);
  }

  /** Where a lookup found no record at all, if one did. */
  Optional<String> missing() {
    return Optional.ofNullable(missing);
  }
}
