package org.objectionhelper.evidence;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/**
 * What happened in one objection run, as far as it got. Everything a run may not have reached (an
 * aborted run has no confirmation) is null.
 *
 * @param formUrl the address where the form showed (of several in circulation)
 * @param finalUrl the page the browser showed at the end
 * @param confirmationText the text on that page that matched the profile's confirmation
 * @param enteredValues by role ({@code country}, {@code email}, {@code reason}), in the order of
 *     the form; the person's own proof of what they sent, so the e-mail address is kept
 * @param browserVersion as the browser reported it
 * @param driverVersion the version of the driver that steered the browser (e.g. chromedriver)
 * @param operatingSystem name, version and architecture of the computer's system, and the Java
 *     runtime
 * @param consent how the person started the run and who clicks Send, in their own command's words
 * @param notes what a person looking at the evidence should know, by file name or by subject
 *     ("found email": how a field was found; "submitted": how the moment of Send was noticed;
 *     {@link #ADDRESSES_TRIED}: the form's addresses tried before the one used, and why not)
 * @param attachments the files uploaded with the form (name, SHA-256, size), kept elsewhere by the
 *     person: the manifest proves which content was sent, not where it is now
 * @param sentValues by role, what the request that left for Meta carried, read from the browser's
 *     record of it (not from the page); null where nothing was sent or the browser keeps no record
 * @param sentBy who sent it, as recorded; null where nothing was sent
 */
public record Run(
    Platform platform,
    Language language,
    Completion completion,
    URI formUrl,
    URI finalUrl,
    String pageTitle,
    String confirmationText,
    Moment started,
    Moment submitted,
    Moment confirmed,
    Map<String, String> enteredValues,
    String browserVersion,
    String driverVersion,
    String operatingSystem,
    String consent,
    Map<String, String> notes,
    List<EvidenceFile> attachments,
    @JacksonInject(value = "sentValues", useInput = OptBoolean.TRUE) Map<String, String> sentValues,
    @JacksonInject(value = "sentBy", useInput = OptBoolean.TRUE) SentBy sentBy) {

  /** The note on the form's addresses tried before the one used, shown on the receipt too. */
  public static final String ADDRESSES_TRIED = "form addresses tried";

  /** The note on a form page that drew its fields a while after its address was reached. */
  public static final String FORM_DRAWN_AFTER = "form drawn after";

  /**
   * The note that names the fields (roles, comma-separated) for which the request that left carried
   * other values than the tool filled.
   */
  public static final String SENT_OTHER_VALUES = "sentOtherValues";

  /** The note on the web archive: what it holds and what it leaves out, or why there is none. */
  public static final String WEB_ARCHIVE = "webArchive";

  /** The names a form on this computer has: the bundled replica's, never Meta's. */
  private static final Set<String> THIS_COMPUTER = Set.of("127.0.0.1", "localhost", "[::1]");

  public Run {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(consent, "consent");
    notes =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(notes, "notes")));
    enteredValues =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(enteredValues, "enteredValues")));
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
    sentValues =
        sentValues == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(sentValues));
  }

  /**
   * Whether the form was served by this computer: a rehearsal on the bundled replica ({@code
   * --replica}, {@code demo}), not an objection sent to Meta.
   */
  public boolean rehearsal() {
    return formUrl != null && THIS_COMPUTER.contains(formUrl.getHost());
  }
}
