package org.objectionhelper.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.objectionhelper.html.Template;
import org.objectionhelper.i18n.Messages;

/**
 * The {@value Bundle#RECEIPT} of an evidence folder: what was filed, where, when and with which
 * text, the screenshots inside the page itself so that it travels alone, and how anyone can check
 * the files. In the person's language, printable on A4. Every value from the run is escaped.
 */
public final class Receipt {
  private static final List<String> EMBEDDED =
      List.of(Bundle.FORM_FILLED, Bundle.CONFIRMATION, Bundle.INBOX_MESSAGE);

  private final Template template = Template.load("evidence/receipt.html");
  private final Messages messages;

  public Receipt(Messages messages) {
    this.messages = messages;
  }

  /** Writes the receipt for {@code run}, listing the files the folder holds so far. */
  public void write(EvidenceFolder folder, Tool tool, Run run) {
    folder.write(Bundle.RECEIPT, render(folder, tool, run).getBytes(StandardCharsets.UTF_8));
  }

  String render(EvidenceFolder folder, Tool tool, Run run) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("lang", run.language().code());
    values.put("title", messages.text("receipt.title", messages.platformName(run.platform())));
    values.put("status", status(run));
    Map<String, String> facts = facts(tool, run);
    if (folder.files().stream().anyMatch(file -> file.name().equals(WebArchive.FILE_NAME))) {
      facts.put(
          messages.text("receipt.web.archive"),
          messages.text("receipt.web.archive.text", WebArchive.FILE_NAME));
    }
    values.put("facts", rows(facts));
    values.put("screenshots", screenshots(folder));
    values.put("checkHeading", messages.text("receipt.check.heading"));
    values.put("checkText", messages.text("receipt.check.text", Manifest.FILE_NAME));
    values.put("sums", sha256sumLines(folder.files()));
    values.put("checkCommand", messages.text("receipt.check.command"));
    return template.render(values);
  }

  private String status(Run run) {
    if (run.completion().complete()) {
      return messages.text(
          "receipt.status.complete", messages.platformName(run.platform()), when(run.confirmed()));
    }
    return messages.text("receipt.status.incomplete", run.completion().incompleteReason());
  }

  private Map<String, String> facts(Tool tool, Run run) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(messages.text("receipt.platform"), messages.platformName(run.platform()));
    facts.put(messages.text("receipt.form"), String.valueOf(run.formUrl()));
    put(facts, "receipt.addresses.tried", run.notes().get(Run.ADDRESSES_TRIED));
    facts.put(messages.text("receipt.started"), when(run.started()));
    put(facts, "receipt.confirmed", run.confirmed() == null ? null : when(run.confirmed()));
    put(facts, "receipt.final.url", run.finalUrl() == null ? null : run.finalUrl().toString());
    put(facts, "receipt.page.title", run.pageTitle());
    put(facts, "receipt.confirmation.text", run.confirmationText());
    run.enteredValues().forEach((role, value) -> put(facts, "receipt.value." + role, value));
    if (run.sentValues() != null) {
      run.sentValues().forEach((role, value) -> put(facts, "receipt.sent.value." + role, value));
    }
    if (run.sentBy() != null) {
      facts.put(
          messages.text("receipt.sent.by"),
          messages.text("receipt.sent.by." + run.sentBy().name().toLowerCase(Locale.ROOT)));
    }
    put(facts, "receipt.sent.other", otherValues(run));
    facts.put(messages.text("receipt.consent"), run.consent());
    put(facts, "receipt.browser", run.browserVersion());
    put(facts, "receipt.driver", run.driverVersion());
    put(facts, "receipt.system", run.operatingSystem());
    facts.put(messages.text("receipt.tool"), tool.name() + " " + tool.version());
    return facts;
  }

  /** Where Meta received other values than the tool filled, which ones; else null. */
  private String otherValues(Run run) {
    String note = run.notes().get(Run.SENT_OTHER_VALUES);
    return note == null ? null : messages.text("receipt.sent.other.text", note);
  }

  private void put(Map<String, String> facts, String key, String value) {
    if (value != null) {
      facts.put(messages.text(key), value);
    }
  }

  static String rows(Map<String, String> facts) {
    return facts.entrySet().stream()
        .map(
            fact ->
                "<tr><th scope=\"row\">"
                    + Template.escape(fact.getKey())
                    + "</th><td>"
                    + Template.escape(fact.getValue())
                    + "</td></tr>")
        .collect(Collectors.joining("\n"));
  }

  /** The folder's screenshots a person reads, inside the page, each with its caption. */
  String screenshots(EvidenceFolder folder) {
    StringBuilder html = new StringBuilder();
    for (EvidenceFile file : folder.files()) {
      if (EMBEDDED.contains(file.name())) {
        html.append("<figure><img alt=\"")
            .append(Template.escape(messages.text("receipt.alt." + file.name())))
            .append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(read(folder, file)))
            .append("\"><figcaption>")
            .append(Template.escape(messages.text("receipt.caption." + file.name(), file.name())))
            .append("</figcaption></figure>\n");
      }
    }
    return html.toString();
  }

  private static byte[] read(EvidenceFolder folder, EvidenceFile file) {
    try {
      return Files.readAllBytes(folder.path().resolve(file.name()));
    } catch (IOException e) {
      throw new EvidenceException(
          "Could not read '" + file.name() + "' for the receipt in " + folder.path(), e);
    }
  }

  /** The lines {@code sha256sum -c} reads: hash, two spaces, name. */
  static String sha256sumLines(List<EvidenceFile> files) {
    return files.stream()
        .map(file -> file.sha256() + "  " + file.name())
        .collect(Collectors.joining("\n"));
  }

  String when(Moment moment) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
            messages.text("receipt.datetime.pattern"), messages.language().locale());
    return messages.text(
        "receipt.datetime",
        format.format(moment.utc().atZone(ZoneId.of(moment.zone()))),
        moment.zone(),
        moment.utc().truncatedTo(ChronoUnit.SECONDS));
  }
}
