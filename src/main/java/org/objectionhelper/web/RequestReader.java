package org.objectionhelper.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.util.Fields;

/** Reads Jetty's request into a {@link Request}: query, form fields or multipart, cookies. */
final class RequestReader {

  /**
   * More than any form of ours accepts, so that an oversized upload is the form's to refuse; kept
   * in memory, never in a temporary file.
   */
  private static final int MAX_MULTIPART_BYTES = 32 * 1024 * 1024;

  private static final MultiPartConfig MULTIPART =
      new MultiPartConfig.Builder()
          .maxSize(MAX_MULTIPART_BYTES)
          .maxPartSize(MAX_MULTIPART_BYTES)
          .maxMemoryPartSize(MAX_MULTIPART_BYTES)
          .build();

  private RequestReader() {}

  /**
   * @throws IOException or a runtime exception of Jetty's where the body cannot be read as its
   *     Content-Type says
   */
  static Request read(
      org.eclipse.jetty.server.Request jetty, String method, String path, String secretPrefix)
      throws IOException {
    String contentType = jetty.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String baseType =
        contentType == null ? "" : MimeTypes.getBase(contentType).toLowerCase(Locale.ROOT);
    Map<String, String> fields = Map.of();
    List<UploadedFile> files = List.of();
    if (baseType.equals("application/x-www-form-urlencoded")) {
      fields = firstValues(FormFields.getFields(jetty));
    } else if (baseType.equals("multipart/form-data")) {
      Map<String, String> text = new LinkedHashMap<>();
      List<UploadedFile> uploaded = new ArrayList<>();
      try (MultiPartFormData.Parts parts =
          MultiPartFormData.getParts(jetty, jetty, contentType, MULTIPART)) {
        for (MultiPart.Part part : parts) {
          if (part.getFileName() == null) {
            text.putIfAbsent(part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
          } else if (!part.getFileName().isEmpty()) {
            uploaded.add(upload(part));
          }
        }
      }
      fields = text;
      files = uploaded;
    }
    Map<String, String> cookies = new LinkedHashMap<>();
    org.eclipse.jetty.server.Request.getCookies(jetty)
        .forEach(cookie -> cookies.putIfAbsent(cookie.getName(), cookie.getValue()));
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField field : jetty.getHeaders()) {
      headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
    }
    return new Request(
        method,
        path,
        secretPrefix,
        firstValues(
            org.eclipse.jetty.server.Request.extractQueryParameters(jetty, StandardCharsets.UTF_8)),
        fields,
        files,
        cookies,
        headers);
  }

  private static UploadedFile upload(MultiPart.Part part) throws IOException {
    String type = part.getHeaders().get(HttpHeader.CONTENT_TYPE);
    ByteBuffer content = Content.Source.asByteBuffer(part.createContentSource());
    byte[] bytes = new byte[content.remaining()];
    content.get(bytes);
    return new UploadedFile(
        part.getName(),
        part.getFileName(),
        type == null ? "application/octet-stream" : type,
        bytes);
  }

  private static Map<String, String> firstValues(Fields fields) {
    Map<String, String> first = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      first.putIfAbsent(field.getName(), field.getValue());
    }
    return first;
  }
}
