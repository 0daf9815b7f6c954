package org.objectionhelper.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jDKIM's reasons, in the words of its exceptions, as the person is told them. */
class DkimFailureTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Computed bodyhash is different from the expected one | BODY_CHANGED",
        "Header signature does not verify | HEADERS_MISMATCH",
        "Signature date is more than 300 seconds in the future. | SIGNATURE_DATE",
        "Invalid public key: bad base64 | KEY_UNUSABLE",
        "inappropriate key type for a=rsa-sha256 | KEY_UNUSABLE",
        "Invalid signature record: missing b= | SIGNATURE_UNUSABLE",
        "Unsupported canonicalization algorythm: x | SIGNATURE_UNUSABLE"
      })
  void namesWhyASignatureDidNotHold(String jdkimMessage, DkimFailure expected) {
    assertEquals(expected, DkimFailure.of(jdkimMessage));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"null", "''"})
  void aFailureWithoutWordsIsAnUnusableSignature(String jdkimMessage) {
    assertEquals(DkimFailure.SIGNATURE_UNUSABLE, DkimFailure.of(jdkimMessage));
  }
}
