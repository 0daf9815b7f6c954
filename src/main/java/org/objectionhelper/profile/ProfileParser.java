package org.objectionhelper.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/**
 * Builds a {@link FormProfile} from the YAML text of a profile, checking it on the way and
 * reporting every problem with its path in the file, so that one run shows all that needs fixing.
 */
final class ProfileParser {
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");
  private static final List<String> TOP_KEYS =
      List.of(
          "platform",
          // Earlier profiles named the platform here; a person reads its name from the message
          // bundles now, in their language, so an edited copy of an older profile still loads.
          "name",
          "formUrl",
          "formUrls",
          "unavailable",
          "privacyHub",
          "chooseHint",
          "allowedHosts",
          "titles",
          "login",
          "fields",
          "submit",
          "confirmation",
          "cookieDialog",
          "sendError",
          "steps",
          "logoutUrl",
          "supportInbox");
  private static final List<String> LOGIN_KEYS = List.of("urlContains", "indicators");
  private static final List<String> FIELD_KEYS = List.of("type", "optional", "locators", "maxSize");
  private static final List<String> STEP_KEYS = List.of("kind", "shows", "done", "rejected");
  private static final List<String> CONFIRMATION_KEYS = List.of("within", "patterns");
  private static final List<String> COOKIE_DIALOG_KEYS = List.of("dismiss");
  private static final List<String> SUPPORT_INBOX_KEYS = List.of("url", "where");

  /** The roles the flow knows how to fill; any other field name is a typo. */
  private static final List<String> FIELD_ROLES =
      Arrays.stream(FieldRole.values()).map(FieldRole::key).toList();

  private static final Map<String, Language> LANGUAGES = byKey(Language.values(), Language::code);
  private static final Map<String, Locator.Kind> LOCATOR_KINDS =
      byKey(Locator.Kind.values(), Locator.Kind::key);
  private static final Map<String, FieldType> FIELD_TYPES =
      byKey(FieldType.values(), type -> type.name().toLowerCase(Locale.ROOT));
  private static final Map<String, PersonStep.Kind> STEP_KINDS =
      byKey(PersonStep.Kind.values(), PersonStep.Kind::key);

  /** A file size as a person writes it: {@code 10 MB}, {@code 500 KB}. */
  private static final Pattern SIZE = Pattern.compile("(\\d{1,6})\\s*(KB|MB)");

  private static final Pattern PLAIN_HOST =
      Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  private static final int PATTERN_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private ProfileParser() {}

  /**
   * @param source how messages name the file, e.g. {@code config/forms/facebook.yaml}
   * @param expected the platform the file is named after
   * @throws ProfileException listing every problem found
   */
  static FormProfile parse(String source, Platform expected, String yaml) {
    Problems problems = new Problems(source);
    ProfileNode root = ProfileNode.root(YamlReader.read(yaml, problems), problems);
    problems.throwIfAny();

    root.mapping(TOP_KEYS);
    checkPlatform(root.required("platform"), expected);
    Set<String> hosts = hosts(root.required("allowedHosts"));
    List<URI> forms = formUrls(root, hosts);
    Confirmation unavailable = confirmation(root.optional("unavailable"));
    Optional<URI> hub = Optional.ofNullable(allowedUrl(root.optional("privacyHub"), hosts));
    Map<Language, String> titles = inEveryLanguage(root.required("titles"));
    ProfileNode hintNode = root.optional("chooseHint");
    Map<Language, String> chooseHint = hintNode.isPresent() ? inEveryLanguage(hintNode) : Map.of();
    ProfileNode loginNode = root.optional("login");
    LoginGate login = loginNode.isPresent() ? login(loginNode) : LoginGate.NONE;
    Map<FieldRole, FieldSpec> fields = fields(root.required("fields"));
    List<Locator> submit = locators(root.required("submit").nonEmptyItems());
    Confirmation confirmation = confirmation(root.required("confirmation"));
    List<Locator> cookieDismiss = cookieDismiss(root.optional("cookieDialog"));
    // Optional: where absent, it has no patterns and so never matches.
    Confirmation sendError = confirmation(root.optional("sendError"));
    List<PersonStep> steps = steps(root.optional("steps"));
    Optional<URI> logoutUrl = Optional.ofNullable(allowedUrl(root.optional("logoutUrl"), hosts));
    ProfileNode inboxNode = root.optional("supportInbox");
    SupportInbox supportInbox =
        inboxNode.isPresent() ? supportInbox(inboxNode, hosts) : SupportInbox.NONE;

    problems.throwIfAny();
    return new FormProfile(
        expected,
        source,
        new FormAddresses(forms, unavailable, hub, chooseHint),
        hosts,
        titles,
        login,
        fields,
        submit,
        confirmation,
        cookieDismiss,
        sendError,
        steps,
        logoutUrl,
        supportInbox);
  }

  private static void checkPlatform(ProfileNode node, Platform expected) {
    String id = node.text();
    if (!id.isEmpty() && !id.equals(expected.id())) {
      node.problem("'" + id + "' does not match the file name (expected '" + expected.id() + "')");
    }
  }

  private static Set<String> hosts(ProfileNode node) {
    Set<String> hosts = new LinkedHashSet<>();
    for (ProfileNode item : node.nonEmptyItems()) {
      String host = item.text();
      if (PLAIN_HOST.matcher(host).matches()) {
        hosts.add(host);
      } else if (!host.isEmpty()) {
        item.problem("'" + host + "' is not a lower-case plain host name like www.facebook.com");
      }
    }
    return hosts;
  }

  /** One address ({@code formUrl}) or several in the order to try them ({@code formUrls}). */
  private static List<URI> formUrls(ProfileNode root, Set<String> hosts) {
    ProfileNode one = root.optional("formUrl");
    ProfileNode several = root.optional("formUrls");
    List<URI> forms = new ArrayList<>();
    if (one.isPresent() && several.isPresent()) {
      several.problem("give either formUrl (one address) or formUrls (several), not both");
    } else if (several.isPresent()) {
      for (ProfileNode item : several.nonEmptyItems()) {
        URI url = allowedUrl(item, hosts);
        if (url != null && forms.contains(url)) {
          item.problem("'" + url + "' is listed twice");
        } else if (url != null) {
          forms.add(url);
        }
      }
    } else {
      Optional.ofNullable(allowedUrl(root.required("formUrl"), hosts)).ifPresent(forms::add);
    }
    return forms;
  }

  private static URI allowedUrl(ProfileNode node, Set<String> allowedHosts) {
    String text = node.text();
    if (text.isEmpty()) {
      return null;
    }
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      node.problem("not a URL: " + e.getMessage());
      return null;
    }
    boolean secure =
        "https".equals(url.getScheme())
            || "http".equals(url.getScheme()) && loopback(url.getHost());
    if (!secure || url.getHost() == null) {
      node.problem(
          "'"
              + text
              + "' is not an absolute https URL (http is allowed only for this computer: 127.0.0.1, localhost)");
    } else if (!allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
      node.problem("host '" + url.getHost() + "' is not in allowedHosts");
    }
    return url;
  }

  /**
   * A host that is this computer, named without asking a name server: an edited profile may point
   * at a saved copy of a page served there over plain http.
   */
  static boolean loopback(String host) {
    return host != null
        && (host.equals("localhost")
            || host.equals("[::1]")
            || LOOPBACK_V4.matcher(host).matches());
  }

  /** Its web address where it has one; how to find it, in every language, always. */
  private static SupportInbox supportInbox(ProfileNode node, Set<String> hosts) {
    node.mapping(SUPPORT_INBOX_KEYS);
    return new SupportInbox(
        Optional.ofNullable(allowedUrl(node.optional("url"), hosts)),
        inEveryLanguage(node.required("where")));
  }

  /** A text a person reads, required in every language the tool speaks. */
  private static Map<Language, String> inEveryLanguage(ProfileNode node) {
    node.mapping(LANGUAGES.keySet());
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      texts.put(language, node.required(language.code()).text());
    }
    return texts;
  }

  private static LoginGate login(ProfileNode node) {
    node.mapping(LOGIN_KEYS);
    List<String> urlContains =
        node.optional("urlContains").items().stream()
            .map(ProfileNode::text)
            .filter(text -> !text.isEmpty())
            .toList();
    return new LoginGate(locators(node.required("indicators").nonEmptyItems()), urlContains);
  }

  private static Map<FieldRole, FieldSpec> fields(ProfileNode node) {
    Map<FieldRole, FieldSpec> fields = new LinkedHashMap<>();
    node.mapping(FIELD_ROLES)
        .forEach(
            (key, field) -> {
              FieldRole role = FieldRole.byKey(key).orElseThrow();
              fields.put(role, field(role, field));
            });
    if (node.isMapping() && !fields.containsKey(FieldRole.EMAIL)) {
      node.problem("needs a field named 'email': the objection cannot be sent without one");
    }
    return fields;
  }

  private static FieldSpec field(FieldRole role, ProfileNode node) {
    node.mapping(FIELD_KEYS);
    FieldType type = fieldType(node.required("type"));
    ProfileNode maxSize =
        type == FieldType.FILE ? node.required("maxSize") : node.optional("maxSize");
    if (type != FieldType.FILE && maxSize.isPresent()) {
      maxSize.problem("only a field of type file has a maximum size");
    }
    return new FieldSpec(
        role,
        type,
        node.optional("optional").flag(false),
        locators(node.required("locators").nonEmptyItems()),
        type == FieldType.FILE ? bytes(maxSize) : 0);
  }

  private static long bytes(ProfileNode node) {
    String size = node.text();
    Matcher matcher = SIZE.matcher(size);
    if (!matcher.matches()) {
      if (!size.isEmpty()) {
        node.problem("'" + size + "' is not a size like \"10 MB\" or \"500 KB\"");
      }
      return 0;
    }
    return Long.parseLong(matcher.group(1)) * (matcher.group(2).equals("MB") ? 1024 * 1024 : 1024);
  }

  private static List<PersonStep> steps(ProfileNode node) {
    List<PersonStep> steps = new ArrayList<>();
    node.mapping()
        .forEach(
            (name, step) -> {
              step.mapping(STEP_KEYS);
              String kind = step.required("kind").text();
              if (!kind.isEmpty() && !STEP_KINDS.containsKey(kind)) {
                step.optional("kind")
                    .problem(
                        "unknown step kind '"
                            + kind
                            + "' "
                            + Problems.useOneOf(STEP_KINDS.keySet()));
              }
              steps.add(
                  new PersonStep(
                      name,
                      STEP_KINDS.get(kind),
                      locators(step.required("shows").nonEmptyItems()),
                      locators(step.optional("done").items()),
                      locators(step.optional("rejected").items())));
            });
    return steps;
  }

  /** The type, or null once reported (the profile is then never built). */
  private static FieldType fieldType(ProfileNode node) {
    String type = node.text();
    if (!type.isEmpty() && !FIELD_TYPES.containsKey(type)) {
      node.problem("unknown field type '" + type + "' " + Problems.useOneOf(FIELD_TYPES.keySet()));
    }
    return FIELD_TYPES.get(type);
  }

  private static Confirmation confirmation(ProfileNode node) {
    node.mapping(CONFIRMATION_KEYS);
    return new Confirmation(
        locators(node.optional("within").items()), patterns(node.required("patterns")));
  }

  private static List<Locator> cookieDismiss(ProfileNode node) {
    node.mapping(COOKIE_DIALOG_KEYS);
    return locators(node.required("dismiss").nonEmptyItems());
  }

  private static Map<Language, List<Pattern>> patterns(ProfileNode node) {
    Map<Language, List<Pattern>> patterns = new EnumMap<>(Language.class);
    node.mapping(LANGUAGES.keySet())
        .forEach(
            (code, list) ->
                patterns.put(
                    LANGUAGES.get(code),
                    list.nonEmptyItems().stream()
                        .map(ProfileParser::pattern)
                        .flatMap(Optional::stream)
                        .toList()));
    if (node.isMapping() && patterns.isEmpty()) {
      node.problem("needs at least one pattern, under " + String.join(" or ", LANGUAGES.keySet()));
    }
    return patterns;
  }

  private static Optional<Pattern> pattern(ProfileNode node) {
    String regex = node.text();
    if (regex.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(regex, PATTERN_FLAGS));
    } catch (PatternSyntaxException e) {
      node.problem(
          "pattern '"
              + regex
              + "' does not compile: "
              + e.getDescription()
              + " near index "
              + e.getIndex());
      return Optional.empty();
    }
  }

  private static List<Locator> locators(List<ProfileNode> items) {
    return items.stream().map(ProfileParser::locator).flatMap(Optional::stream).toList();
  }

  /** A locator is a one-key mapping, {@code label: E-Mail-Adresse}, the key naming its kind. */
  private static Optional<Locator> locator(ProfileNode node) {
    Map<String, ProfileNode> entries = node.mapping();
    if (!node.isMapping()) {
      return Optional.empty();
    }
    if (entries.size() != 1) {
      String found = entries.isEmpty() ? "none" : String.join(", ", entries.keySet());
      node.problem(
          "needs exactly one of " + String.join(", ", LOCATOR_KINDS.keySet()) + ", found " + found);
      return Optional.empty();
    }
    String kind = entries.keySet().iterator().next();
    if (!LOCATOR_KINDS.containsKey(kind)) {
      node.problem(
          "unknown locator kind '" + kind + "' " + Problems.useOneOf(LOCATOR_KINDS.keySet()));
      return Optional.empty();
    }
    String value = entries.get(kind).text();
    if (LOCATOR_KINDS.get(kind) == Locator.Kind.CSS && !value.isEmpty()) {
      CssSyntax.problem(value)
          .ifPresent(why -> entries.get(kind).problem("'" + value + "' is not valid CSS: " + why));
    }
    return value.isEmpty()
        ? Optional.empty()
        : Optional.of(new Locator(LOCATOR_KINDS.get(kind), value));
  }

  /** The values by the name a profile uses for them, in declaration order for messages. */
  private static <T> Map<String, T> byKey(T[] values, Function<T, String> key) {
    Map<String, T> byKey = new LinkedHashMap<>();
    Arrays.stream(values).forEach(value -> byKey.put(key.apply(value), value));
    return Collections.unmodifiableMap(byKey);
  }
}
