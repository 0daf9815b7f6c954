package org.objectionhelper.profile;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.objectionhelper.basics.Language;

/**
 * Where Meta's Support Inbox is, in which Meta confirms an objection a second time with a message
 * of its own ("Wir werden deinen Widerspruch berücksichtigen").
 *
 * @param url its web address, on one of the profile's hosts; empty where it lives only in the app
 * @param where how a person finds it, in each language, for where there is no web address
 */
public record SupportInbox(Optional<URI> url, Map<Language, String> where) {
  /** A form whose platform has no Support Inbox the tool knows of. */
  public static final SupportInbox NONE = new SupportInbox(Optional.empty(), Map.of());

  public SupportInbox {
    where = Map.copyOf(where);
  }

  /** The same inbox at another origin, keeping its path, as {@link FormProfile#rehostedTo}. */
  SupportInbox rehostedTo(URI origin) {
    return new SupportInbox(url.map(address -> FormAddresses.moved(origin, address)), where);
  }
}
