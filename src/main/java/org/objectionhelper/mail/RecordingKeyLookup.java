package org.objectionhelper.mail;

import java.util.List;
import java.util.Optional;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.apache.james.jdkim.exceptions.TempFailException;

/** Passes jDKIM's key lookups on and keeps the record the last one returned, to be saved. */
final class RecordingKeyLookup implements PublicKeyRecordRetriever {
  private final PublicKeyRecordRetriever lookup;
  private final String source;
  private KeyRecord last;

  RecordingKeyLookup(PublicKeyRecordRetriever lookup, String source) {
    this.lookup = lookup;
    this.source = source;
  }

  @Override
  public List<String> getRecords(CharSequence method, CharSequence selector, CharSequence domain)
      throws TempFailException, PermFailException {
    List<String> records = lookup.getRecords(method, selector, domain);
    if (!records.isEmpty()) {
      last = new KeyRecord(selector + "._domainkey." + domain, String.join("\n", records), source);
    }
    return records;
  }

  Optional<KeyRecord> last() {
    return Optional.ofNullable(last);
  }
}
