package org.objectionhelper.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.james.jdkim.exceptions.TempFailException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailCheckerTest {
  private final SignedMail mail = SignedMail.withTestKey();

  @Test
  void aSignedConfirmationPassesAndKeepsTheKeyItWasCheckedWith() throws Exception {
    MailCheck check = new MailChecker(mail.keys()).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.PASS, check.outcome(), check.detail());
    assertEquals("facebookmail.com", check.signingDomain().orElseThrow());
    assertEquals("test2026._domainkey.facebookmail.com", check.key().orElseThrow().name());
    assertEquals(mail.keyRecord(), check.key().orElseThrow().text());
    assertEquals("Facebook <security@facebookmail.com>", check.sender());
    assertEquals("2026-11-23T10:17:44Z", check.date());
    assertEquals(
        "Widerspruch gegen die Verwendung deiner Informationen für KI bei Meta", check.subject());
  }

  @Test
  void recognisesMetasConfirmationInGermanAndEnglishInsideQuotedPrintableHtml() throws Exception {
    List<String> sentences =
        new MailChecker(mail.keys()).check(bytes(mail.signed())).confirmation();

    assertEquals(
        List.of(
            "Wir werden deinen Widerspruch berücksichtigen.",
            "We will also honour your objection for any other accounts that you've added to the same Accounts Centre as this account."),
        sentences);
  }

  @Test
  void aChangedBodyFails() throws Exception {
    String tampered = mail.signed().replace("Wir werden deinen", "Wir werden deinen nicht");

    MailCheck check = new MailChecker(mail.keys()).check(bytes(tampered));

    assertEquals(DkimOutcome.FAIL, check.outcome());
    assertEquals(Optional.of(DkimFailure.BODY_CHANGED), check.failure());
    assertTrue(check.detail().toLowerCase().contains("body"), check.detail());
  }

  @Test
  void aChangedSignedHeaderFails() throws Exception {
    String tampered =
        mail.signed().replace("Date: Mon, 23 Nov 2026 10:17:44", "Date: Mon, 23 Nov 2026 09:17:44");

    MailCheck check = new MailChecker(mail.keys()).check(bytes(tampered));

    assertEquals(DkimOutcome.FAIL, check.outcome());
    assertEquals(Optional.of(DkimFailure.HEADERS_MISMATCH), check.failure());
    assertEquals("2026-11-23T09:17:44Z", check.date());
  }

  @Test
  void aMailWithoutSignatureSaysSo() throws Exception {
    MailCheck check = new MailChecker(mail.keys()).check(bytes(SignedMail.unsigned()));

    assertEquals(DkimOutcome.NO_SIGNATURE, check.outcome());
    assertEquals(Optional.empty(), check.failure());
    assertTrue(check.key().isEmpty());
  }

  @Test
  void aKeyThatCannotBeLookedUpDecidesNothing() throws Exception {
    KeySource offline =
        new KeySource(
            (method, selector, domain) -> {
              throw new TempFailException("network unreachable");
            },
            "DNS",
            KeyOrigin.DNS);

    MailCheck check = new MailChecker(offline).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.KEY_UNAVAILABLE, check.outcome());
    assertTrue(check.detail().contains("network unreachable"), check.detail());
  }

  @Test
  void aKeyThatDnsDoesNotHaveDecidesNothing() throws Exception {
    KeySource retired =
        new KeySource((method, selector, domain) -> List.of(), "DNS", KeyOrigin.DNS);

    MailCheck check = new MailChecker(retired).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.KEY_NOT_FOUND, check.outcome());
    assertEquals("no key record at test2026._domainkey.facebookmail.com (DNS)", check.detail());
  }

  @Test
  void aKeyFromAnotherSignerFails() throws Exception {
    MailCheck check = new MailChecker(SignedMail.withNewKey().keys()).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.FAIL, check.outcome());
    assertEquals(Optional.of(DkimFailure.HEADERS_MISMATCH), check.failure());
  }

  @Test
  void aSignatureByMetasDomainForTheSenderCheckedWithThePublishedKeyIsMetas() throws Exception {
    MailCheck check = new MailChecker(mail.keys()).check(bytes(mail.signed()));

    assertEquals(Signer.META, check.signer());
  }

  @Test
  void theSameSignatureCheckedWithASuppliedKeyIsNotMetas() throws Exception {
    KeySource supplied = KeySource.kept(mail.keyRecord(), "key.txt", KeyOrigin.SUPPLIED);

    MailCheck check = new MailChecker(supplied).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.PASS, check.outcome());
    assertEquals(Signer.SUPPLIED_KEY, check.signer());
    assertEquals(KeyOrigin.SUPPLIED, check.key().orElseThrow().origin());
  }

  @ParameterizedTest(name = "signed by {0} for {1}")
  @CsvSource({
    // another domain than the sender's, though the sender is Meta's
    "evil.example, security@facebookmail.com",
    // the sender's own domain, but not Meta's
    "evil.example, security@evil.example",
    // Meta's domain, but not the sender's
    "facebookmail.com, security@evil.example",
    // a name that merely ends like Meta's
    "notfacebookmail.com, security@notfacebookmail.com"
  })
  void aSignatureThatHoldsButIsNotMetasForTheSenderIsNotMetas(String domain, String sender)
      throws Exception {
    MailCheck check = new MailChecker(mail.keys()).check(bytes(mail.signed(domain, sender)));

    assertEquals(DkimOutcome.PASS, check.outcome(), check.detail());
    assertEquals(Signer.NOT_META, check.signer());
    assertEquals(domain, check.signingDomain().orElseThrow());
  }

  @Test
  void aSecondFromHeaderMakesTheMailNotMetas() throws Exception {
    MailCheck check =
        new MailChecker(mail.keys()).check(bytes("From: friend@example.org\r\n" + mail.signed()));

    assertEquals(Signer.NOT_META, check.signer());
  }

  @Test
  void aSubdomainOfMetasMailDomainSigningForItsOwnSenderIsMetas() throws Exception {
    MailCheck check =
        new MailChecker(mail.keys())
            .check(bytes(mail.signed("mail.instagram.com", "no-reply@mail.instagram.com")));

    assertEquals(Signer.META, check.signer());
  }

  @Test
  void aMailOfTwentyThousandNestedPartsIsRefusedWithoutOverflowingTheStack() {
    TooDeeplyNestedException refused =
        assertThrows(
            TooDeeplyNestedException.class,
            () -> new MailChecker(mail.keys()).check(bytes(SignedMail.nested(20_000))));

    assertEquals(MimeNesting.LIMIT, refused.limit());
  }

  @Test
  void aMailNestedAsDeepAsTheLimitIsRead() throws Exception {
    MailCheck check =
        new MailChecker(mail.keys()).check(bytes(SignedMail.nested(MimeNesting.LIMIT - 1)));

    assertEquals(List.of("We will honour your objection."), check.confirmation());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
