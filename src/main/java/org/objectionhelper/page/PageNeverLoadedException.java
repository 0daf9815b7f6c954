package org.objectionhelper.page;

import java.net.URI;
import java.time.Duration;

/** The form's server answered but never finished sending the page. */
public class PageNeverLoadedException extends RuntimeException {
  private final URI url;
  private final Duration waited;

  public PageNeverLoadedException(URI url, Duration waited) {
    super(url + " did not finish loading within " + waited.toSeconds() + " s");
    this.url = url;
    this.waited = waited;
  }

  public URI url() {
    return url;
  }

  public Duration waited() {
    return waited;
  }
}
