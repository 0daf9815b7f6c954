package org.objectionhelper.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectionhelper.html.Template;
import org.objectionhelper.i18n.Messages;

/**
 * The {@value Bundle#RECEIPT} of an addendum: what was added to which evidence folder and when,
 * what it says, its screenshot where it has one (the Support Inbox), and the SHA-256 of its files
 * and of the manifest it follows. Same layout as the folder's own receipt, in the person's
 * language.
 */
final class AddendumReceipt {
  private final Template template = Template.load("evidence/receipt.html");
  private final Messages messages;
  private final Receipt receipt;

  AddendumReceipt(Messages messages) {
    this.messages = messages;
    this.receipt = new Receipt(messages);
  }

  void write(
      EvidenceFolder folder,
      Path bundle,
      int number,
      Addendum addendum,
      Moment added,
      ChainLink previous) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("lang", messages.language().code());
    values.put("title", messages.text("addendum.title", number, bundle.getFileName()));
    values.put(
        "status",
        messages.text(
            "addendum.status",
            messages.text("addendum.kind." + addendum.kind()),
            receipt.when(added)));
    Map<String, String> facts = new LinkedHashMap<>();
    addendum
        .facts()
        .forEach(
            (key, value) ->
                facts.put(
                    messages.text("addendum.fact." + key),
                    messages.textIfAny("addendum.value." + key + "." + value).orElse(value)));
    facts.put(
        messages.text("addendum.previous"), previous.manifest() + "\nSHA-256 " + previous.sha256());
    values.put("facts", Receipt.rows(facts));
    values.put("screenshots", receipt.screenshots(folder));
    values.put("checkHeading", messages.text("receipt.check.heading"));
    values.put("checkText", messages.text("receipt.check.text", Manifest.FILE_NAME));
    values.put("sums", Receipt.sha256sumLines(folder.files()));
    values.put("checkCommand", messages.text("addendum.check.command", bundle.getFileName()));
    folder.write(Bundle.RECEIPT, template.render(values).getBytes(StandardCharsets.UTF_8));
  }
}
