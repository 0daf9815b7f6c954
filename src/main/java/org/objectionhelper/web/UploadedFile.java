package org.objectionhelper.web;

/**
 * A file a {@code multipart/form-data} form sent, with its bytes exactly as the browser sent them.
 *
 * @param field the name of the form's file input
 * @param fileName the name of the chosen file, as the browser gave it
 */
public record UploadedFile(String field, String fileName, String contentType, byte[] content) {}
