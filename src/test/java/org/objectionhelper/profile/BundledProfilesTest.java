package org.objectionhelper.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

class BundledProfilesTest {

  @ParameterizedTest
  @EnumSource(
      value = Platform.class,
      names = {"FACEBOOK", "INSTAGRAM"})
  void bundledObjectionProfileLoadsWithEverythingTheFlowNeeds(Platform platform) {
    FormProfile profile = ProfileLoader.bundled().load(platform);

    assertEquals(platform, profile.platform());
    assertEquals("config/forms/" + platform.id() + ".yaml", profile.source());
    assertTrue(profile.allows(profile.formUrl()), "form URL on an allowed host");
    assertEquals(
        List.of(FieldRole.COUNTRY, FieldRole.EMAIL, FieldRole.REASON),
        List.copyOf(profile.fields().keySet()));
    assertFalse(profile.field(FieldRole.EMAIL).orElseThrow().optional());
    assertTrue(profile.field(FieldRole.REASON).orElseThrow().optional());
    assertEquals(FieldType.SELECT, profile.field(FieldRole.COUNTRY).orElseThrow().type());
    assertFalse(profile.login().indicators().isEmpty());
    assertFalse(profile.submit().isEmpty());
    assertEquals(Language.values().length, profile.confirmation().patterns().size());
    assertTrue(
        profile.logoutUrl().filter(profile::allows).isPresent(), "logs out on an allowed host");
  }

  @ParameterizedTest
  @EnumSource(
      value = Platform.class,
      names = {"FACEBOOK", "INSTAGRAM"})
  void bundledObjectionProfileListsEveryAddressInCirculationAndKnowsMetasWordsForNoneThere(
      Platform platform) {
    FormProfile profile = ProfileLoader.bundled().load(platform);

    List<String> numbers =
        profile.addresses().forms().stream()
            .map(url -> url.getPath().substring(url.getPath().lastIndexOf('/') + 1))
            .toList();
    assertEquals(
        platform == Platform.FACEBOOK
            ? List.of("712876720715583", "6359191084165019", "1266025207620918")
            : List.of("767264225370182", "233964459562201"),
        numbers);
    assertTrue(profile.addresses().forms().stream().allMatch(profile::allows));
    URI hub = profile.addresses().privacyHub().orElseThrow();
    assertEquals("https://help.meta.com/support/privacy", hub.toString());
    assertTrue(profile.allows(hub), "the hub's host is one the profile allows");
    for (String words :
        List.of(
            "Dieser Inhalt ist momentan nicht verfügbar",
            "Diese Seite ist leider nicht verfügbar",
            "This content isn't available right now",
            "Sorry, this page isn't available.")) {
      assertTrue(
          profile.addresses().unavailable().patterns().values().stream()
              .flatMap(List::stream)
              .anyMatch(pattern -> pattern.matcher(words).find()),
          words);
    }
  }

  @Test
  void facebooksSupportInboxHasItsWebAddressAndInstagramsSaysItIsInTheApp() {
    SupportInbox facebook = ProfileLoader.bundled().load(Platform.FACEBOOK).supportInbox();
    SupportInbox instagram = ProfileLoader.bundled().load(Platform.INSTAGRAM).supportInbox();

    assertEquals("https://www.facebook.com/support/", facebook.url().orElseThrow().toString());
    assertTrue(instagram.url().isEmpty());
    for (Language language : Language.values()) {
      assertTrue(facebook.where().get(language).contains("www.facebook.com/support/"));
      assertTrue(
          instagram.where().get(language).contains("Instagram-App")
              || instagram.where().get(language).contains("Instagram app"));
    }
    assertEquals(
        SupportInbox.NONE, ProfileLoader.bundled().load(Platform.THIRD_PARTY).supportInbox());
  }

  @Test
  void thirdPartyProfileNeedsNoLoginAndAsksForAScreenshotAndAnEmailCode() {
    FormProfile profile = ProfileLoader.bundled().load(Platform.THIRD_PARTY);

    assertEquals("config/forms/third-party.yaml", profile.source());
    assertEquals(LoginGate.NONE, profile.login());
    assertEquals(
        List.of(
            FieldRole.NAME,
            FieldRole.EMAIL,
            FieldRole.COUNTRY,
            FieldRole.PROMPT,
            FieldRole.ATTACHMENT),
        List.copyOf(profile.fields().keySet()));
    FieldSpec attachment = profile.field(FieldRole.ATTACHMENT).orElseThrow();
    assertEquals(FieldType.FILE, attachment.type());
    assertEquals(10L * 1024 * 1024, attachment.maxBytes());
    assertEquals(
        List.of(PersonStep.Kind.QUESTION, PersonStep.Kind.CODE),
        profile.steps().stream().map(PersonStep::kind).toList());
    assertFalse(profile.steps().get(1).rejected().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(
      value = Platform.class,
      names = {"FACEBOOK", "INSTAGRAM"})
  void bundledObjectionProfileFindsTheReplicaFieldsByTheirGermanAndEnglishLabelsFirst(
      Platform platform) {
    FormProfile profile = ProfileLoader.bundled().load(platform);

    assertLocatorsStartWith(
        profile, FieldRole.COUNTRY, "Land, in dem du lebst", "Country of residence");
    assertLocatorsStartWith(profile, FieldRole.EMAIL, "E-Mail-Adresse", "Email address");
    assertLocatorsStartWith(
        profile,
        FieldRole.REASON,
        "Bitte erkläre, wie sich diese Verarbeitung auf dich auswirkt",
        "Please explain how this processing impacts you");
    assertEquals(List.of(new Locator(Locator.Kind.TEXT, "Senden")), profile.submit().subList(0, 1));
    assertTrue(profile.submit().contains(new Locator(Locator.Kind.TEXT, "Send")));
  }

  private static void assertLocatorsStartWith(
      FormProfile profile, FieldRole role, String germanLabel, String englishLabel) {
    List<Locator> locators = profile.field(role).orElseThrow().locators();
    assertEquals(
        List.of(
            new Locator(Locator.Kind.LABEL, germanLabel),
            new Locator(Locator.Kind.LABEL, englishLabel)),
        locators.subList(0, 2));
    assertEquals(Locator.Kind.CSS, locators.get(locators.size() - 1).kind(), "CSS comes last");
  }
}
