package org.objectionhelper.page;

import java.net.URI;

/** The form's server did not answer at all: no network, or the host is down. */
public class PageUnreachableException extends RuntimeException {
  public PageUnreachableException(URI url, String browserSays) {
    super(url + " could not be loaded (" + browserSays + ")");
  }
}
