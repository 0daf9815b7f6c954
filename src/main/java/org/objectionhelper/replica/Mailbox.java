package org.objectionhelper.replica;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/**
 * Stands in for the person's inbox: the replica "sends" its e-mail codes here, and shows the latest
 * one for an address on {@value #PATH}{@code ?for=<address>}. Nothing leaves this computer.
 */
final class Mailbox {

  static final String PATH = "/replica/mailbox";

  private final Template body = Template.load("replica/mailbox.html");
  private final Map<String, String> latestCode = new ConcurrentHashMap<>();
  private final Layout layout;
  private final Texts texts;

  Mailbox(Layout layout, Texts texts) {
    this.layout = layout;
    this.texts = texts;
  }

  /** The mailbox page of {@code address} on the replica at {@code origin}. */
  static URI url(URI origin, String address) {
    return origin.resolve(PATH + "?for=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
  }

  void deliver(String address, String code) {
    latestCode.put(key(address), code);
  }

  Response show(Request request) {
    Language language = request.language();
    String address = request.query("for").orElse("");
    Optional<String> code = Optional.ofNullable(latestCode.get(key(address)));
    String content =
        body.render(
            Map.of(
                "heading", texts.get(language, "mailbox.heading"),
                "address", address,
                "text", texts.get(language, code.isPresent() ? "mailbox.text" : "mailbox.empty"),
                "code", code.orElse("")));
    return Response.html(
        layout.render(language, texts.get(language, "mailbox.heading"), "Mailbox", content));
  }

  private static String key(String address) {
    return address.trim().toLowerCase(Locale.ROOT);
  }
}
