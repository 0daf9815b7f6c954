package org.objectionhelper.cli;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import picocli.CommandLine.ITypeConverter;

/** {@code --grid http(s)://host:port}: the address of a Selenium Grid. */
final class GridUrlConverter implements ITypeConverter<URL> {
  @Override
  public URL convert(String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri.toURL();
      }
    } catch (URISyntaxException | MalformedURLException e) {
      // falls through to the one message below
    }
    throw new WrongValue("input.value.grid", value);
  }
}
