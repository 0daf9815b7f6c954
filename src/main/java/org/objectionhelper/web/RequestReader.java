package org.objectionhelper.web;

import java.io.IOException;
import java.io.InputStream;
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
   * More than any form of ours accepts, so that an oversized upload is the form's to refuse; an
   * upload is kept in memory, never in a temporary file.
   */
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private static final MultiPartConfig MULTIPART =
      new MultiPartConfig.Builder()
          .maxSize(MAX_BODY_BYTES)
          .maxPartSize(MAX_BODY_BYTES)
          .maxMemoryPartSize(MAX_BODY_BYTES)
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
    Body body =
        switch (baseType) {
          case "application/x-www-form-urlencoded" ->
              Body.form(allValues(FormFields.getFields(jetty)));
          case "multipart/form-data" -> multipart(jetty, contentType);
          default -> Body.raw(bytes(jetty));
        };
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
        body,
        cookies,
        headers);
  }

  private static Body multipart(org.eclipse.jetty.server.Request jetty, String contentType)
      throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<UploadedFile> files = new ArrayList<>();
    try (MultiPartFormData.Parts parts =
        MultiPartFormData.getParts(jetty, jetty, contentType, MULTIPART)) {
      for (MultiPart.Part part : parts) {
        if (part.getFileName() == null) {
          Body.add(fields, part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
        } else if (!part.getFileName().isEmpty()) {
          files.add(upload(part));
        }
      }
    }
    return new Body(fields, files, new byte[0]);
  }

  private static byte[] bytes(org.eclipse.jetty.server.Request jetty) throws IOException {
    try (InputStream in = Content.Source.asInputStream(jetty)) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new IOException("body larger than " + MAX_BODY_BYTES + " bytes");
      }
      return bytes;
    }
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

  private static Map<String, List<String>> allValues(Fields fields) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      field.getValues().forEach(value -> Body.add(all, field.getName(), value));
    }
    return all;
  }

  private static Map<String, String> firstValues(Fields fields) {
    Map<String, String> first = new LinkedHashMap<>();
    for (Fields.Field field : fields) {
      first.putIfAbsent(field.getName(), field.getValue());
    }
    return first;
  }
}
