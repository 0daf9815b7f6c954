package org.objectionhelper.replica;

/** A file the third-party-data form received, with its bytes exactly as the browser sent them. */
public record Upload(String fileName, String contentType, byte[] content) {}
