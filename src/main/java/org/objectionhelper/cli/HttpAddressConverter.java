package org.objectionhelper.cli;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;

/**
 * An option that takes an http(s) address with a host; anything else is said with the option's own
 * message key.
 */
abstract class HttpAddressConverter<T> implements ITypeConverter<T> {
  private final String wrongKey;

  HttpAddressConverter(String wrongKey) {
    this.wrongKey = wrongKey;
  }

  /** The value the option holds, made from an address already known to be http(s) with a host. */
  abstract T of(URI address) throws MalformedURLException;

  @Override
  public T convert(String value) {
    try {
      URI uri = new URI(value);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return of(uri);
      }
    } catch (URISyntaxException | MalformedURLException e) {
      // falls through to the one message below
    }
    throw new WrongValue(wrongKey, value);
  }
}
