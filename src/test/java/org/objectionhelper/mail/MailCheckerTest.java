package org.objectionhelper.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.james.jdkim.exceptions.TempFailException;
import org.junit.jupiter.api.Test;

class MailCheckerTest {
  private final SignedMail mail = SignedMail.withNewKey();

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
            "DNS");

    MailCheck check = new MailChecker(offline).check(bytes(mail.signed()));

    assertEquals(DkimOutcome.KEY_UNAVAILABLE, check.outcome());
    assertTrue(check.detail().contains("network unreachable"), check.detail());
  }

  @Test
  void aKeyThatDnsDoesNotHaveDecidesNothing() throws Exception {
    KeySource retired = new KeySource((method, selector, domain) -> List.of(), "DNS");

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

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
