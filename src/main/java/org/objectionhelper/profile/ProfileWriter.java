package org.objectionhelper.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.objectionhelper.basics.Language;

/**
 * Writes a {@link FormProfile} as the YAML {@link ProfileParser} reads, for {@code probe
 * --write-profile}: what is written reads back as the same profile.
 */
public final class ProfileWriter {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final long MB = 1024 * 1024;

  private ProfileWriter() {}

  /**
   * @param header comment lines put before the profile, each without its {@code #}
   */
  public static String yaml(FormProfile profile, List<String> header) {
    StringBuilder text = new StringBuilder();
    header.forEach(line -> text.append("# ").append(line).append('\n'));
    try {
      return text.append(YAML.writeValueAsString(tree(profile))).toString();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a profile could not be written as YAML", e);
    }
  }

  private static Map<String, Object> tree(FormProfile profile) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("platform", profile.platform().id());
    FormAddresses addresses = profile.addresses();
    root.put("formUrls", addresses.forms().stream().map(URI::toString).toList());
    putAnswer(root, "unavailable", addresses.unavailable());
    addresses.privacyHub().ifPresent(hub -> root.put("privacyHub", hub.toString()));
    if (!addresses.chooseHint().isEmpty()) {
      Map<String, String> hint = new LinkedHashMap<>();
      for (Language language : Language.values()) {
        hint.put(language.code(), addresses.chooseHint().get(language));
      }
      root.put("chooseHint", hint);
    }
    root.put("allowedHosts", profile.allowedHosts().stream().sorted().toList());
    Map<String, String> titles = new LinkedHashMap<>();
    profile.titles().forEach((language, title) -> titles.put(language.code(), title));
    root.put("titles", titles);
    profile.logoutUrl().ifPresent(url -> root.put("logoutUrl", url.toString()));
    if (!profile.login().indicators().isEmpty()) {
      Map<String, Object> login = new LinkedHashMap<>();
      login.put("urlContains", profile.login().urlContains());
      login.put("indicators", locators(profile.login().indicators()));
      root.put("login", login);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    profile.fields().values().forEach(field -> fields.put(field.name(), field(field)));
    root.put("fields", fields);
    root.put("submit", locators(profile.submit()));
    putAnswer(root, "confirmation", profile.confirmation());
    if (!profile.cookieDismiss().isEmpty()) {
      root.put("cookieDialog", Map.of("dismiss", locators(profile.cookieDismiss())));
    }
    putAnswer(root, "sendError", profile.sendError());
    if (!profile.steps().isEmpty()) {
      Map<String, Object> steps = new LinkedHashMap<>();
      profile.steps().forEach(step -> steps.put(step.name(), step(step)));
      root.put("steps", steps);
    }
    return root;
  }

  private static Map<String, Object> field(FieldSpec field) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("type", field.type().name().toLowerCase(Locale.ROOT));
    if (field.optional()) {
      written.put("optional", true);
    }
    if (field.type() == FieldType.FILE) {
      long bytes = field.maxBytes();
      written.put("maxSize", bytes % MB == 0 ? bytes / MB + " MB" : bytes / 1024 + " KB");
    }
    written.put("locators", locators(field.locators()));
    return written;
  }

  private static Map<String, Object> step(PersonStep step) {
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("kind", step.kind().key());
    written.put("shows", locators(step.shows()));
    if (!step.done().isEmpty()) {
      written.put("done", locators(step.done()));
    }
    if (!step.rejected().isEmpty()) {
      written.put("rejected", locators(step.rejected()));
    }
    return written;
  }

  /** An answer of Meta's (a confirmation, an error, "not available"), where it has patterns. */
  private static void putAnswer(Map<String, Object> root, String key, Confirmation answer) {
    if (answer.patterns().isEmpty()) {
      return;
    }
    Map<String, Object> written = new LinkedHashMap<>();
    if (!answer.within().isEmpty()) {
      written.put("within", locators(answer.within()));
    }
    Map<String, List<String>> patterns = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      List<Pattern> some = answer.patterns().get(language);
      if (some != null) {
        patterns.put(language.code(), some.stream().map(Pattern::pattern).toList());
      }
    }
    written.put("patterns", patterns);
    root.put(key, written);
  }

  private static List<Map<String, String>> locators(List<Locator> locators) {
    return locators.stream().map(l -> Map.of(l.kind().key(), l.value())).toList();
  }
}
