package org.objectionhelper.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {
  @Test
  void aUrlEncodedFormIsReadAsTheServerReadsIt() {
    Map<String, List<String>> fields =
        RequestFields.of(
            post(
                "/submit?platform=facebook",
                "application/x-www-form-urlencoded;charset=UTF-8",
                "Field1=anna%40example.org&reason=Ich+widerspreche%0D%0Azweite&lsd=x&Field1=b"));

    assertEquals(List.of("anna@example.org", "b"), fields.get("Field1"));
    assertEquals(List.of("Ich widerspreche\r\nzweite"), fields.get("reason"));
    assertEquals(List.of("facebook"), fields.get("platform"));
  }

  @Test
  void aMultipartFormKeepsItsTextFieldsAndLeavesTheFilesOut() {
    String body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nanna@example.org\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"a.png\"\r\n"
            + "Content-Type: image/png\r\n\r\n\u0089PNG\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nline one\r\nline two\r\n"
            + "--XyZ--\r\n";

    Map<String, List<String>> fields =
        RequestFields.of(post("/submit", "multipart/form-data; boundary=XyZ", body));

    assertEquals(List.of("anna@example.org"), fields.get("email"));
    assertEquals(List.of("line one\r\nline two"), fields.get("reason"));
    assertFalse(fields.containsKey("proof"), fields.toString());
  }

  @Test
  void jsonIsReadAtAnyDepthAlsoInsideAUrlEncodedValue() {
    Map<String, List<String>> graphQl =
        RequestFields.of(
            post(
                "/api/graphql/",
                "application/x-www-form-urlencoded",
                "doc_id=1&variables=%7B%22input%22%3A%7B%22email%22%3A%22anna%40example.org%22%7D%7D"));
    Map<String, List<String>> json =
        RequestFields.of(
            post(
                "/api",
                "application/json",
                "{\"form\":{\"email\":\"anna@example.org\",\"n\":[1,2]}}"));

    assertEquals(List.of("anna@example.org"), graphQl.get("email"));
    assertEquals(List.of("anna@example.org"), json.get("email"));
    assertEquals(List.of("1", "2"), json.get("n"));
  }

  @Test
  void aBodyThatIsNoneOfThemGivesNoFieldsAndNoError() {
    assertEquals(Map.of(), RequestFields.of(post("/x", "application/json", "{not json")));
    assertEquals(Map.of(), RequestFields.of(post("/x", "", "")));
  }

  private static SentRequest post(String path, String contentType, String body) {
    return new SentRequest(
        Instant.EPOCH,
        URI.create("https://www.facebook.com" + path),
        "POST",
        contentType,
        body,
        false);
  }
}
