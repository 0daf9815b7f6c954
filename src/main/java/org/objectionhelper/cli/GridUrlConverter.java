package org.objectionhelper.cli;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

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
    throw new TypeConversionException(
        "'" + value + "' is not a Grid address; give one like http://grid.example:4444");
  }
}
