package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileParserTest {
  private static final String SOURCE = "overrides/facebook.yaml";

  private static final String VALID =
      """
      platform: facebook
      name: Facebook
      formUrl: https://www.facebook.com/help/contact/712876720715583
      allowedHosts: [www.facebook.com, facebook.com]
      titles:
        de: "Titel"
        en: "Title"
      login:
        urlContains: ["/login"]
        indicators:
          - css: "form#login_form"
      fields:
        country:
          type: select
          optional: true
          locators:
            - label: "Land, in dem du lebst"
        email:
          type: text
          locators:
            - label: "E-Mail-Adresse"
            - name: "Field1230011437108436"
            - css: "input[type=email]"
      submit:
        - text: "Senden"
      confirmation:
        within:
          - css: "[role=dialog]"
        patterns: {de: ['Widerspruch\\s+berücksichtigen'], en: ['hono(u)?r your objection']}
      """;

  @Test
  void minimalProfileParsesIntoTheModel() {
    FormProfile profile = parse(VALID);

    assertEquals(SOURCE, profile.source());
    assertEquals(
        List.of(FieldRole.COUNTRY, FieldRole.EMAIL), List.copyOf(profile.fields().keySet()));
    assertEquals(
        new Locator(Locator.Kind.NAME, "Field1230011437108436"),
        profile.field(FieldRole.EMAIL).orElseThrow().locators().get(1));
  }

  @Test
  void cookieDialogAndSendErrorAreOptionalAndReadWhereGiven() {
    FormProfile without = parse(VALID);
    FormProfile with =
        parse(
            VALID
                + "cookieDialog: {dismiss: [{text: Optionale Cookies ablehnen}]}\n"
                + "sendError: {within: [{css: '[role=alert]'}], patterns: {en: ['went\\s+wrong']}}\n");

    assertTrue(without.cookieDismiss().isEmpty());
    assertTrue(without.sendError().patterns().isEmpty());
    assertEquals(
        List.of(new Locator(Locator.Kind.TEXT, "Optionale Cookies ablehnen")),
        with.cookieDismiss());
    assertEquals(List.of(new Locator(Locator.Kind.CSS, "[role=alert]")), with.sendError().within());
    assertTrue(
        with.sendError()
            .patterns()
            .get(Language.EN)
            .get(0)
            .matcher("Something WENT  wrong")
            .find());
  }

  @Test
  void formWithoutLoginStepsAndUploadParsesIntoTheModel() {
    String yaml =
        VALID
            .replaceAll("(?s)login:.*?fields:", "fields:")
            .replace(
                "submit:",
                """
                  attachment:
                    type: file
                    maxSize: "500 KB"
                    locators:
                      - css: "input[type=file]"
                steps:
                  email-code:
                    kind: code
                    shows: [label: "Bestätigungscode"]
                    done: [css: "#done"]
                    rejected: [css: "[role=alert]"]
                logoutUrl: https://www.facebook.com/logout.php
                submit:""");

    FormProfile profile = parse(yaml);

    assertEquals(LoginGate.NONE, profile.login());
    assertEquals(500 * 1024, profile.field(FieldRole.ATTACHMENT).orElseThrow().maxBytes());
    assertEquals(0, profile.field(FieldRole.EMAIL).orElseThrow().maxBytes());
    assertEquals(
        List.of(
            new PersonStep(
                "email-code",
                PersonStep.Kind.CODE,
                List.of(new Locator(Locator.Kind.LABEL, "Bestätigungscode")),
                List.of(new Locator(Locator.Kind.CSS, "#done")),
                List.of(new Locator(Locator.Kind.CSS, "[role=alert]")))),
        profile.steps());
    assertEquals(
        "https://www.facebook.com/logout.php", profile.logoutUrl().orElseThrow().toString());
  }

  @Test
  void aSupportInboxHasAWebAddressOnTheProfilesHostsOrOnlyWhereItIs() {
    String withInbox =
        VALID.replace(
            "submit:",
            "supportInbox:\n  url: https://www.facebook.com/support/\n"
                + "  where: {de: 'Menü > Support-Postfach', en: 'Menu > Support Inbox'}\nsubmit:");
    String inTheAppOnly =
        VALID.replace(
            "submit:", "supportInbox: {where: {de: 'in der App', en: 'in the app'}}\nsubmit:");

    SupportInbox web = parse(withInbox).supportInbox();
    SupportInbox app = parse(inTheAppOnly).supportInbox();

    assertEquals("https://www.facebook.com/support/", web.url().orElseThrow().toString());
    assertEquals("Menu > Support Inbox", web.where().get(Language.EN));
    assertTrue(app.url().isEmpty());
    assertEquals("in der App", app.where().get(Language.DE));
    assertEquals(SupportInbox.NONE, parse(VALID).supportInbox());
    assertEquals(
        "http://127.0.0.1:8080/support/",
        parse(withInbox)
            .rehostedTo(URI.create("http://127.0.0.1:8080"))
            .supportInbox()
            .url()
            .orElseThrow()
            .toString());
  }

  static Stream<Arguments> brokenProfiles() {
    return Stream.of(
        broken(
            "- css: \"input[type=email]\"",
            "- xpath: \"//input\"",
            "fields.email.locators[2]: unknown locator kind 'xpath'"
                + " (use one of label, aria, name, placeholder, text, css)"),
        broken(
            "- label: \"E-Mail-Adresse\"",
            "- {label: \"E-Mail-Adresse\", css: \"#email\"}",
            "fields.email.locators[0]: needs exactly one of label, aria, name, placeholder, text,"
                + " css, found label, css"),
        broken(
            "- css: \"input[type=email]\"",
            "- css: \"\"",
            "fields.email.locators[2].css: must not be empty"),
        broken(
            "- name: \"Field1230011437108436\"",
            "- name: 1230011437108436",
            "fields.email.locators[1].name: expected text, found a number (put it in quotes)"),
        broken(
            "- label: \"E-Mail-Adresse\"",
            "- \"E-Mail-Adresse\"",
            "fields.email.locators[0]: expected a mapping, found text"),
        broken(
            "platform: facebook",
            "platform: instagram",
            "platform: 'instagram' does not match the file name (expected 'facebook')"),
        broken(
            "formUrl: https://",
            "formUrl: http://",
            "formUrl: 'http://www.facebook.com/help/contact/712876720715583'"
                + " is not an absolute https URL (http is allowed only for this computer: 127.0.0.1, localhost)"),
        broken(
            "formUrl: https://www.facebook.com/",
            "formUrl: https://www.facebook.example/",
            "formUrl: host 'www.facebook.example' is not in allowedHosts"),
        broken(
            "[www.facebook.com, facebook.com]",
            "[www.facebook.com, Facebook.com:443]",
            "allowedHosts[1]: 'Facebook.com:443' is not a lower-case plain host name like"
                + " www.facebook.com"),
        broken(
            "type: select",
            "type: dropdown",
            "fields.country.type: unknown field type 'dropdown' (use one of select, text,"
                + " textarea, file)"),
        broken(
            "type: select\n    optional: true",
            "type: file\n    optional: true",
            "fields.country.maxSize: required, but missing"),
        broken(
            "type: select\n    optional: true",
            "type: file\n    maxSize: \"ten megabytes\"\n    optional: true",
            "fields.country.maxSize: 'ten megabytes' is not a size like \"10 MB\" or \"500 KB\""),
        broken(
            "type: select\n    optional: true",
            "type: select\n    maxSize: \"10 MB\"\n    optional: true",
            "fields.country.maxSize: only a field of type file has a maximum size"),
        broken(
            "submit:",
            "steps:\n  code:\n    kind: riddle\n    shows: [css: \"#code\"]\nsubmit:",
            "steps.code.kind: unknown step kind 'riddle' (use one of code, check, question)"),
        broken(
            "submit:",
            "steps:\n  code:\n    kind: code\nsubmit:",
            "steps.code.shows: required, but missing"),
        broken(
            "submit:",
            "logoutUrl: https://evil.example/logout\nsubmit:",
            "logoutUrl: host 'evil.example' is not in allowedHosts"),
        broken(
            "optional: true",
            "optional: \"sometimes\"",
            "fields.country.optional: expected true or false, found text"),
        broken(
            "optional: true",
            "optinal: true",
            "fields.country.optinal: unknown key (use one of type, optional, locators, maxSize)"),
        broken(
            "    locators:\n      - label: \"Land, in dem du lebst\"",
            "    locators: []",
            "fields.country.locators: needs at least one entry"),
        broken(
            "  email:\n    type: text",
            "  reason:\n    type: textarea",
            "fields: needs a field named 'email': the objection cannot be sent without one"),
        broken("  en: \"Title\"\n", "", "titles.en: required, but missing"),
        broken("submit:\n  - text: \"Senden\"", "submit: []", "submit: needs at least one entry"),
        broken(
            "'hono(u)?r your objection'",
            "'hono(u?r your objection'",
            "confirmation.patterns.en[0]: pattern 'hono(u?r your objection' does not compile:"
                + " Unclosed group near index 23"),
        broken(
            "patterns: {de: ['Widerspruch\\s+berücksichtigen'], en: ['hono(u)?r your objection']}",
            "patterns: {}",
            "confirmation.patterns: needs at least one pattern, under de or en"),
        broken(
            "name: Facebook",
            "name: Facebook\nformURL: https://www.facebook.com/",
            "formURL: unknown key (use one of platform, name, formUrl, formUrls, unavailable,"
                + " privacyHub, chooseHint, allowedHosts, titles, login, fields, submit,"
                + " confirmation, cookieDialog, sendError, steps, logoutUrl, supportInbox)"),
        broken(
            "submit:",
            "supportInbox: {url: 'https://support.example/inbox', where: {de: d, en: e}}\nsubmit:",
            "supportInbox.url: host 'support.example' is not in allowedHosts"),
        broken(
            "submit:",
            "supportInbox: {url: 'https://www.facebook.com/support/', where: {de: d}}\nsubmit:",
            "supportInbox.where.en: required, but missing"),
        broken(
            "submit:",
            "cookieDialog: {dismiss: [{text: Ablehnen}], decline: [{text: Ablehnen}]}\nsubmit:",
            "cookieDialog.decline: unknown key (use one of dismiss)"),
        broken(
            "submit:",
            "cookieDialog: {dismiss: []}\nsubmit:",
            "cookieDialog.dismiss: needs at least one entry"),
        broken(
            "submit:",
            "sendError: {patterns: {en: ['went (wrong']}}\nsubmit:",
            "sendError.patterns.en[0]: pattern 'went (wrong' does not compile: Unclosed group near index"
                + " 11"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenProfiles")
  void reportsTheProblemAtItsPathInTheFile(String find, String replacement, String problem) {
    assertTrue(VALID.contains(find), "the valid profile contains " + find);

    ProfileException e = parseFails(VALID.replace(find, replacement));

    assertEquals(List.of(SOURCE + ": " + problem), e.problems());
  }

  @Test
  void reportsEveryProblemAtOnceOneLinePerProblemNamingTheFile() {
    String yaml =
        VALID
            .replace("platform: facebook", "platform: instagram")
            .replace("type: select", "type: dropdown")
            .replace("- css: \"input[type=email]\"", "- xpath: \"//input\"")
            .replace("'hono(u)?r your objection'", "'hono(u?r'");

    ProfileException e = parseFails(yaml);

    assertEquals(4, e.problems().size(), e.getMessage());
    assertEquals(
        "Form profile " + SOURCE + " has 4 problems:\n" + String.join("\n", e.problems()),
        e.getMessage());
    e.problems().forEach(problem -> assertTrue(problem.startsWith(SOURCE + ": "), problem));
  }

  @Test
  void namesLineAndColumnOfAYamlSyntaxError() {
    String yaml = VALID.replace("name: Facebook", "name: Facebook: Meta");

    assertEquals(
        List.of(
            SOURCE + ": line 2, column 15: not valid YAML: mapping values are not allowed here"),
        parseFails(yaml).problems());
  }

  @Test
  void namesWhereAnUnclosedBracketBegan() {
    String yaml = VALID.replace("facebook.com]", "facebook.com");

    String problem = parseFails(yaml).problems().get(0);

    assertTrue(
        problem.endsWith("(while parsing a flow sequence begun at line 4, column 15)"), problem);
  }

  @Test
  void reportsADuplicateKeyWithItsLineInsteadOfKeepingTheLastOne() {
    String yaml = VALID.replace("name: Facebook", "name: Facebook\nname: Instagram");

    ProfileException e = parseFails(yaml);

    assertTrue(e.problems().get(0).startsWith(SOURCE + ": line 3, column "), e.problems().get(0));
  }

  @Test
  void aProfileMayListSeveralAddressesTriedInOrderAndOldProfilesWithOneStillWork() {
    FormProfile several =
        parse(
            withAddresses(
                """
                formUrls:
                  - https://www.facebook.com/help/contact/712876720715583
                  - https://facebook.com/help/contact/6359191084165019
                unavailable:
                  patterns: {en: ['This\\s+content\\s+isn.t\\s+available']}
                privacyHub: https://www.facebook.com/privacy/hub"""));

    assertEquals(
        List.of(
            URI.create("https://www.facebook.com/help/contact/712876720715583"),
            URI.create("https://facebook.com/help/contact/6359191084165019")),
        several.addresses().forms());
    assertEquals(several.addresses().forms().get(0), several.formUrl());
    assertEquals(
        URI.create("https://www.facebook.com/privacy/hub"),
        several.addresses().privacyHub().orElseThrow());
    FormProfile one = parse(VALID);
    assertEquals(
        List.of(URI.create("https://www.facebook.com/help/contact/712876720715583")),
        one.addresses().forms());
    assertTrue(one.addresses().unavailable().patterns().isEmpty());
    assertTrue(one.addresses().privacyHub().isEmpty());
  }

  @Test
  void reportsEveryProblemWithSeveralAddresses() {
    ProfileException broken =
        parseFails(
            withAddresses(
                """
                formUrls:
                  - https://www.facebook.com/help/contact/1
                  - https://evil.example/help/contact/2
                  - https://www.facebook.com/help/contact/1
                privacyHub: https://help.meta.com/support/privacy"""));

    assertEquals(
        List.of(
            SOURCE + ": formUrls[1]: host 'evil.example' is not in allowedHosts",
            SOURCE + ": formUrls[2]: 'https://www.facebook.com/help/contact/1' is listed twice",
            SOURCE + ": privacyHub: host 'help.meta.com' is not in allowedHosts"),
        broken.problems());
    ProfileException both =
        parseFails(
            VALID.replace(
                "name: Facebook\n", "name: Facebook\nformUrls: [https://www.facebook.com/x]\n"));
    assertEquals(
        List.of(
            SOURCE
                + ": formUrls: give either formUrl (one address) or formUrls (several), not both"),
        both.problems());
  }

  @Test
  void reportsAnEmptyFile() {
    assertEquals(List.of(SOURCE + ": the file is empty"), parseFails("# nothing yet\n").problems());
  }

  @Test
  void reportsAFileThatIsNotAMapping() {
    assertEquals(
        List.of(SOURCE + ": expected a mapping, found a list"),
        parseFails("- platform: facebook\n").problems());
  }

  private static Arguments broken(String find, String replacement, String problem) {
    return Arguments.of(find, replacement, problem);
  }

  @Test
  void aProfileMayUsePlainHttpOnlyForThisComputer() {
    FormProfile saved =
        parse(
            VALID
                .replace(
                    "https://www.facebook.com/help/contact/712876720715583",
                    "http://127.0.0.1:8080/help/contact/712876720715583")
                .replace("[www.facebook.com, facebook.com]", "[127.0.0.1, www.facebook.com]"));
    assertEquals("http://127.0.0.1:8080/help/contact/712876720715583", saved.formUrl().toString());

    ProfileException elsewhere =
        assertThrows(
            ProfileException.class,
            () -> parse(VALID.replace("formUrl: https://", "formUrl: http://")));
    assertTrue(
        elsewhere.getMessage().contains("http is allowed only for this computer"),
        elsewhere.getMessage());
  }

  /** The valid profile with {@code addresses} in place of its one {@code formUrl}. */
  private static String withAddresses(String addresses) {
    return VALID.replace(
        "formUrl: https://www.facebook.com/help/contact/712876720715583", addresses);
  }

  private static FormProfile parse(String yaml) {
    return ProfileParser.parse(SOURCE, Platform.FACEBOOK, yaml);
  }

  private static ProfileException parseFails(String yaml) {
    return assertThrows(ProfileException.class, () -> parse(yaml));
  }
}
