package org.objectionhelper.cli;

import java.net.URI;

/**
 * {@code --tsa-url http(s)://host/path}: a time-stamping authority, checked before the browser
 * starts, since it is asked only after the objection was sent.
 */
final class TsaUrlConverter extends HttpAddressConverter<URI> {
  TsaUrlConverter() {
    super("input.value.tsa");
  }

  @Override
  URI of(URI address) {
    return address;
  }
}
