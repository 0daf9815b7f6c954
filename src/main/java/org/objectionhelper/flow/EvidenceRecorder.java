package org.objectionhelper.flow;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.objectionhelper.evidence.Completion;
import org.objectionhelper.evidence.EvidenceFile;
import org.objectionhelper.evidence.EvidenceFolder;
import org.objectionhelper.evidence.ManifestWriter;
import org.objectionhelper.evidence.Moment;
import org.objectionhelper.evidence.Run;
import org.objectionhelper.evidence.Tool;
import org.objectionhelper.page.FormPage;
import org.objectionhelper.profile.Language;
import org.openqa.selenium.WebDriverException;

/**
 * Keeps the evidence of one objection as the flow goes: the folder appears with the first
 * screenshot, and every file is on disk as soon as it is taken. The manifest comes last, also for
 * a run that stopped early, and then says why.
 */
final class EvidenceRecorder {
  static final String FORM_FILLED = "01-form-filled.png";
  static final String CONFIRMATION = "02-confirmation.png";

  private final Path root;
  private final FormPage page;
  private final Language language;
  private final String browserVersion;
  private final Clock clock;
  private final Instant started;
  private final Map<String, String> entered = new LinkedHashMap<>();
  private List<EvidenceFile> attachments = List.of();
  private EvidenceFolder folder;
  private boolean finished;

  EvidenceRecorder(Path root, FormPage page, Language language, String browserVersion, Clock clock) {
    this.root = root;
    this.page = page;
    this.language = language;
    this.browserVersion = browserVersion;
    this.clock = clock;
    this.started = clock.instant();
  }

  Optional<Path> folder() {
    return Optional.ofNullable(folder).map(EvidenceFolder::path);
  }

  /**
   * @param uploaded the files the person asked to upload; listed if the form took them
   */
  void formFilled(byte[] screenshot, List<FilledField> filled, List<Attachment> uploaded) {
    folder = EvidenceFolder.create(root, page.profile().platform(), clock.instant());
    filled.forEach(field -> entered.put(field.role(), field.value()));
    if (entered.containsKey(FormFiller.ATTACHMENT)) {
      attachments =
          uploaded.stream().map(file -> new EvidenceFile(file.name(), file.sha256(), file.size())).toList();
    }
    folder.write(FORM_FILLED, screenshot);
  }

  void confirmed(byte[] screenshot, String confirmationText) {
    Instant confirmedAt = clock.instant();
    folder.write(CONFIRMATION, screenshot);
    writeManifest(Completion.completed(), confirmationText, confirmedAt);
  }

  /** Marks what exists as incomplete; returns the folder, if the run got far enough to have one. */
  Optional<Path> abandon(String reason) {
    if (folder != null && !finished) {
      writeManifest(Completion.incomplete(reason), null, null);
    }
    return folder();
  }

  private void writeManifest(Completion completion, String confirmationText, Instant confirmedAt) {
    Run run =
        new Run(
            page.profile().platform(),
            language,
            completion,
            page.profile().formUrl(),
            ifBrowserAnswers(() -> URI.create(page.currentUrl())),
            ifBrowserAnswers(page::title),
            confirmationText,
            moment(started),
            null,
            confirmedAt == null ? null : moment(confirmedAt),
            entered,
            browserVersion,
            attachments);
    new ManifestWriter(Tool.current()).write(folder, run);
    finished = true;
  }

  /** The page may be gone (a closed window); the manifest then says nothing of it. */
  private <T> T ifBrowserAnswers(Supplier<T> question) {
    try {
      return question.get();
    } catch (WebDriverException gone) {
      return null;
    }
  }

  private Moment moment(Instant instant) {
    return Moment.of(instant, clock.getZone());
  }
}
