package org.objectionhelper.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.FieldName;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The parts of a saved e-mail a person reads: sender, date, subject, and the text of its body,
 * decoded (quoted-printable, base64, the charset) with the markup of an HTML part taken out, so
 * that a sentence can be recognised however the mail was sent. Parsing is Apache mime4j's.
 *
 * @param senderDomain the domain of the sender's address; empty where the mail has no single {@code
 *     From} header with one address, since a signature can then speak for another sender than the
 *     one shown
 */
record MailText(String sender, String senderDomain, String date, String subject, String text) {

  private static final Pattern TAG =
      Pattern.compile(
          "<(style|script)[^>]*>.*?</\\1>|<[^>]+>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  /**
   * @throws TooDeeplyNestedException if its parts are nested deeper than any real mail's
   */
  static MailText of(byte[] eml) throws IOException {
    MimeNesting.requireWithinLimit(eml);
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    Message message = builder.parseMessage(new ByteArrayInputStream(eml));
    try {
      StringBuilder text = new StringBuilder();
      collect(message, text);
      return new MailText(
          Optional.ofNullable(message.getFrom())
              .filter(from -> !from.isEmpty())
              .map(from -> address(from.get(0)))
              .orElse(""),
          senderDomain(message),
          Optional.ofNullable(message.getDate())
              .map(date -> date.toInstant().toString())
              .orElse(""),
          Optional.ofNullable(message.getSubject()).orElse(""),
          text.toString());
    } finally {
      message.dispose();
    }
  }

  private static String senderDomain(Message message) {
    MailboxList from = message.getFrom();
    boolean single =
        message.getHeader().getFields(FieldName.FROM).size() == 1
            && from != null
            && from.size() == 1;
    return single ? Optional.ofNullable(from.get(0).getDomain()).orElse("") : "";
  }

  private static String address(Mailbox mailbox) {
    return mailbox.getName() == null
        ? mailbox.getAddress()
        : mailbox.getName() + " <" + mailbox.getAddress() + ">";
  }

  private static void collect(Entity entity, StringBuilder text) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        collect(part, text);
      }
    } else if (body instanceof Message attached) {
      collect(attached, text);
    } else if (body instanceof TextBody textBody) {
      String content = read(textBody);
      text.append(
              entity.getMimeType().equalsIgnoreCase("text/html") ? withoutMarkup(content) : content)
          .append('\n');
    }
  }

  private static String read(TextBody body) throws IOException {
    try (Reader reader = body.getReader()) {
      StringWriter content = new StringWriter();
      reader.transferTo(content);
      return content.toString();
    }
  }

  /**
   * Enough of HTML to read its sentences: tags become line breaks, common entities their character.
   */
  static String withoutMarkup(String html) {
    String text =
        TAG.matcher(html)
            .replaceAll("\n")
            .replace("&nbsp;", " ")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&rsquo;", "’")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    Matcher entity = NUMERIC_ENTITY.matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(
          decoded,
          Matcher.quoteReplacement(
              character(entity.group(2), entity.group(1).isEmpty() ? 10 : 16)));
    }
    entity.appendTail(decoded);
    return decoded.toString().replace("&amp;", "&").replaceAll("[ \\t]+", " ");
  }

  private static String character(String digits, int radix) {
    try {
      return Character.toString(Integer.parseInt(digits, radix));
    } catch (IllegalArgumentException notACharacter) {
      return "";
    }
  }
}
