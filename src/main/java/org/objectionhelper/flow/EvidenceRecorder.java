package org.objectionhelper.flow;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.objectionhelper.browser.DriverVersion;
import org.objectionhelper.browser.StopRequest;
import org.objectionhelper.evidence.Bundle;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.EvidenceFile;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.Manifest;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.Moment;
import org.objectionhelper.evidence.Receipt;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.SentBy;
import org.objectionhelper.evidence.TimestampAuthority;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.evidence.WebArchive;
import org.objectionhelper.files.OwnerOnly;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.page.Match;
import org.objectionhelper.page.PageCapture;
import org.objectionhelper.page.SendMoment;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.web.Exchange;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the evidence of one objection as the flow goes: the folder appears with the first
 * screenshot, and every file is on disk as soon as it is taken. The receipt and the manifest come
 * last, also for a run that stopped early, and then say why.
 */
final class EvidenceRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);
  private static final Map<String, String> NOTES =
      Map.of(
          Bundle.FORM_FILLED,
          "taken before Send; shows objection-helper's yellow highlight of the fields it filled."
              + " The confirmation files were taken after the tool removed its marks from the page.");
  private static final String UNPROTECTED =
      "this drive's file system (FAT on a USB stick, say) has neither POSIX permissions nor access lists:"
          + " these files are not restricted to their owner; anyone with access to the drive can read them.";

  private static final String AMBIGUOUS =
      "two candidates fit equally; the tool filled neither and asked the person";

  private final Path root;
  private final FormPage page;
  private final ArchiveRecording archive;
  private final Messages messages;
  private final String browserVersion;
  private final String consent;
  private final Clock clock;
  private final Tool tool = Tool.current();
  private final Instant started;
  private final Map<String, String> entered = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>(NOTES);
  private Instant submittedAt;
  private Map<String, String> sentValues;
  private SentBy sentBy;
  private List<EvidenceFile> attachments = List.of();
  private EvidenceFolder folder;
  private Manifest manifest;
  private Instant confirmedAt;
  private String confirmationText;
  private URI finalUrl;
  private String pageTitle;
  private URI formUrl;

  EvidenceRecorder(
      Path root,
      FormPage page,
      ArchiveRecording archive,
      Messages messages,
      String browserVersion,
      String consent,
      Clock clock) {
    this.root = root;
    this.page = page;
    this.archive = archive;
    this.messages = messages;
    this.browserVersion = browserVersion;
    this.consent = consent;
    this.clock = clock;
    this.started = clock.instant();
    this.formUrl = page.profile().formUrl();
  }

  /**
   * Where the form showed, and the addresses tried before that showed nothing, each with Meta's
   * words.
   *
   * @param viaPrivacyHub whether the person chose the form on Meta's privacy hub
   */
  void formAt(FormArrival arrival) {
    formUrl = arrival.shownAt();
    URI shown = ifBrowserAnswers(page::address);
    archive.formShowsAt(shown != null ? shown : formUrl);
    List<String> tried = new ArrayList<>();
    arrival
        .unavailable()
        .forEach((url, words) -> tried.add(url + ": showed nothing (\"" + words + "\")"));
    if (arrival.viaPrivacyHub()) {
      tried.add(
          page.formAddress()
              + ": led to Meta's privacy hub, where the person chose the objection form");
    }
    List<URI> chosenOn = arrival.chosenOnOtherPages();
    if (!chosenOn.isEmpty()) {
      tried.add(
          page.formAddress()
              + ": led to "
              + chosenOn.stream().map(URI::toString).collect(Collectors.joining(", "))
              + ", where the person chose the objection form");
    }
    if (!tried.isEmpty()) {
      notes.put(Run.ADDRESSES_TRIED, String.join("; ", tried));
    }
    if (arrival.drawnAfter().compareTo(PageSight.SETTLED) >= 0) {
      notes.put(
          Run.FORM_DRAWN_AFTER,
          "the page drew the form "
              + arrival.drawnAfter().toMillis()
              + " ms after its address was reached");
    }
  }

  Optional<Path> folder() {
    return Optional.ofNullable(folder).map(EvidenceFolder::path);
  }

  /**
   * The files on disk so far, in the order they were written (a folder may vanish with its drive).
   */
  List<String> kept() {
    if (folder == null) {
      return List.of();
    }
    return folder.files().stream()
        .map(EvidenceFile::name)
        .filter(name -> Files.isRegularFile(folder.path().resolve(name)))
        .toList();
  }

  /**
   * @param uploaded the files the person asked to upload; listed if the form took them
   */
  void formFilled(byte[] screenshot, List<FilledField> filled, List<Attachment> uploaded) {
    folder = EvidenceFolder.create(root, page.profile().platform(), clock.instant());
    filled.forEach(field -> entered.put(field.role().key(), field.value()));
    filled.forEach(
        field ->
            notes.put(
                "found " + field.role().key(),
                field
                    .found()
                    .map(Match::how)
                    .orElse(
                        field.note().equals("fill.ambiguous") ? AMBIGUOUS : "not on the page")));
    if (entered.containsKey(FieldRole.ATTACHMENT.key())) {
      attachments =
          uploaded.stream()
              .map(file -> new EvidenceFile(file.name(), file.sha256(), file.size()))
              .toList();
    }
    folder.write(Bundle.FORM_FILLED, screenshot);
  }

  /**
   * Captures the confirmation page file by file, each on disk before the next is taken, so that a
   * run that dies here keeps what it had, and the confirmation it saw.
   */
  void confirmed(String confirmationText, String recognisedWhere) {
    notes.put("confirmation", "recognised " + recognisedWhere);
    this.confirmedAt = clock.instant();
    this.confirmationText = confirmationText;
    capturePage();
    Run run = run(Completion.completed());
    new Receipt(messages).write(folder, tool, run);
    manifest = new ManifestWriter(tool).write(folder, run);
  }

  /**
   * Send was clicked but the page's answer was not recognised: the page is captured as for a
   * confirmation, and the bundle says it is incomplete, and why.
   */
  void unconfirmed(String reason) {
    capturePage();
    abandon(reason);
  }

  /**
   * Records the moment of Send and what the fields held then: what was sent, which the manifest
   * keeps instead of what was filled, and says where the two differ.
   */
  void sent(SendMoment moment, Map<String, String> changedByPage) {
    submittedAt = moment.at();
    entered.putAll(moment.values());
    notes.put(
        "submitted",
        "noticed in the page by "
            + moment.how()
            + moment.request().map(at -> "; the form's request went out at " + at).orElse(""));
    if (!changedByPage.isEmpty()) {
      notes.put(
          "changedAfterFill",
          "the page changed "
              + String.join(", ", changedByPage.keySet())
              + " after the tool filled it; enteredValues holds what the form held at Send");
    }
  }

  /**
   * What the browser recorded leaving for Meta: the manifest's {@code sentValues} come from {@code
   * form}, the first request that carried the form; where any of {@code all} carried other values
   * than the tool filled, or the page sent one by itself, the notes say so.
   */
  void sentAsRecorded(SentForm form, List<SentForm> all) {
    sentValues = form.values();
    sentBy = form.by();
    if (submittedAt == null) {
      submittedAt = form.request().at();
    }
    URI to = form.request().url();
    notes.put(
        "sent",
        "read from the browser's record of the request to "
            + to.getHost()
            + to.getRawPath()
            + " at "
            + form.request().at()
            + (form.request().bodyUnread()
                ? "; the browser did not hand out its body (a file in it): sentValues is empty"
                : ""));
    List<String> changed =
        all.stream().flatMap(sent -> sent.differences().keySet().stream()).distinct().toList();
    if (!changed.isEmpty()) {
      notes.put(Run.SENT_OTHER_VALUES, String.join(", ", changed));
    }
    long byThePage = all.stream().filter(sent -> sent.by() == SentBy.PAGE_ITSELF).count();
    if (byThePage > 0) {
      notes.put(
          "sentByPage",
          byThePage
              + " request(s) with the form's fields left without a click or key of the person's");
    }
  }

  /** The browser keeps no record the tool can read (Firefox): what was sent is not checked. */
  void sentNotRecorded() {
    sentBy = SentBy.NOT_RECORDED;
    notes.put(
        "sent", "not checked: this browser keeps no record of its requests the tool can read");
  }

  private void capturePage() {
    this.finalUrl = ifBrowserAnswers(page::address);
    this.pageTitle = ifBrowserAnswers(page.navigation()::title);
    PageCapture capture = page.capture();
    folder.write(Bundle.CONFIRMATION, capture.viewport());
    folder.write(Bundle.CONFIRMATION_FULL, capture.fullPage());
    folder.write(Bundle.CONFIRMATION_PDF, capture.pdf());
    PageCapture.Archive pageArchive = capture.archive();
    folder.write(pageArchive.fileName(), pageArchive.content());
    keepWebArchive();
  }

  /**
   * The exchanges with Meta from the form on, as a web archive; without it the rest of the proof
   * still stands, and the manifest says why there is none.
   */
  private void keepWebArchive() {
    if (!archive.available()) {
      notes.put(Run.WEB_ARCHIVE, "not made: this browser keeps no record of its requests");
      return;
    }
    try {
      List<Exchange> exchanges = archive.exchanges();
      if (exchanges.isEmpty()) {
        notes.put(Run.WEB_ARCHIVE, "not made: the browser recorded no exchange with the form");
        return;
      }
      new WebArchive(tool.name() + " " + tool.version()).write(folder, exchanges, clock.instant());
      int leftOut = archive.leftOut();
      notes.put(
          Run.WEB_ARCHIVE,
          WebArchive.FILE_NAME
              + ": "
              + exchanges.size()
              + " requests and answers with the form's hosts, from the form page on; left out:"
              + " the login before the form, every Cookie, Set-Cookie and Authorization header"
              + (leftOut > 0
                  ? "; in this browser "
                      + leftOut
                      + " answer(s) were not kept (too large, over the bound, or no longer held)"
                  : ""));
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      notes.put(Run.WEB_ARCHIVE, "not made: the run was stopped");
    } catch (UncheckedIOException | EvidenceException failed) {
      LOG.warn("the web archive could not be written", failed);
      notes.put(Run.WEB_ARCHIVE, "not made: " + failed.getMessage());
    }
  }

  /** Asks {@code authority} for a timestamp over the finished manifest and keeps it beside it. */
  void timestamp(TimestampAuthority authority) {
    authority.stamp(folder);
  }

  /** Keeps Meta's error message after Send as the person saw it; the run then ends as not sent. */
  void sendFailed(byte[] screenshot) {
    folder.write(Bundle.SEND_ERROR, screenshot);
  }

  /** Marks what exists as incomplete; returns the folder, if the run got far enough to have one. */
  Optional<Path> abandon(String reason) {
    if (folder != null && manifest == null) {
      Completion incomplete = Completion.incomplete(reason);
      try {
        new Receipt(messages).write(folder, tool, run(incomplete));
      } catch (EvidenceException e) {
        incomplete = Completion.incomplete(reason + "; no receipt: " + e.getMessage());
      }
      try {
        manifest = new ManifestWriter(tool).write(folder, run(incomplete));
      } catch (EvidenceException nothingWritten) {
        if (folder.deleteIfEmpty()) {
          folder = null;
        }
        throw nothingWritten;
      }
    }
    return folder();
  }

  private Run run(Completion completion) {
    return new Run(
        page.profile().platform(),
        messages.language(),
        completion,
        formUrl,
        finalUrl != null ? finalUrl : ifBrowserAnswers(page::address),
        pageTitle != null ? pageTitle : ifBrowserAnswers(page.navigation()::title),
        confirmationText,
        moment(started),
        submittedAt == null ? null : moment(submittedAt),
        confirmedAt == null ? null : moment(confirmedAt),
        entered,
        browserVersion,
        ifBrowserAnswers(() -> DriverVersion.of(page.driver()).orElse(null)),
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + Runtime.version(),
        consent,
        notes(notes, OwnerOnly.of(folder.path())),
        attachments,
        sentValues,
        sentBy);
  }

  /** The run's notes; the manifest also says so where the files could not be made owner-only. */
  static Map<String, String> notes(Map<String, String> notes, OwnerOnly protection) {
    if (protection != OwnerOnly.UNPROTECTED) {
      return notes;
    }
    Map<String, String> all = new LinkedHashMap<>(notes);
    all.put("permissions", UNPROTECTED);
    return all;
  }

  /**
   * The page may be gone (a closed window), or the call cut short by Ctrl-C in any way; the
   * manifest then says nothing of it, but is written.
   */
  private <T> T ifBrowserAnswers(Supplier<T> question) {
    try {
      return question.get();
    } catch (WebDriverException gone) {
      return null;
    } catch (RuntimeException cutShort) {
      if (StopRequest.arrived()) {
        return null;
      }
      throw cutShort;
    }
  }

  private Moment moment(Instant instant) {
    return Moment.of(instant, clock.getZone());
  }
}
