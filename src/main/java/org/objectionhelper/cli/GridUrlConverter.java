package org.objectionhelper.cli;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

/** {@code --grid http(s)://host:port}: the address of a Selenium Grid. */
final class GridUrlConverter extends HttpAddressConverter<URL> {
  GridUrlConverter() {
    super("input.value.grid");
  }

  @Override
  URL of(URI address) throws MalformedURLException {
    return address.toURL();
  }
}
