package org.objectionhelper.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML template from the class path, with Mustache's two placeholder forms: {@code {{name}}}
 * inserts a value HTML-escaped, {@code {{{name}}}} inserts markup the caller has built safely.
 */
public final class Template {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{)?([A-Za-z]+)}}(})?");

  private final String name;
  private final String text;

  private Template(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** Loads {@code resource}, a path on the class path such as {@code replica/form.html}. */
  public static Template load(String resource) {
    try (InputStream in = Template.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Template(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public String render(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() * 2);
    while (matcher.find()) {
      String key = matcher.group(2);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalStateException("no value for {{" + key + "}} in " + name);
      }
      boolean markup = matcher.group(1) != null;
      if (markup != (matcher.group(3) != null)) {
        throw new IllegalStateException("unbalanced braces around " + key + " in " + name);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(markup ? value : escape(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
