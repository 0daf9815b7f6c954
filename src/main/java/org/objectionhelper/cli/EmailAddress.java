package org.objectionhelper.cli;

import java.util.regex.Pattern;

/** An e-mail address as the person typed it, trimmed and checked once; the run trusts it. */
record EmailAddress(String value) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int MAX_LENGTH = 254;

  /**
   * @throws RequestInput.Rejected if it does not look like an address
   */
  static EmailAddress parse(String typed) {
    RequestInput.readable("--email", typed);
    String address = typed == null ? "" : typed.trim();
    if (address.length() > MAX_LENGTH || !EMAIL.matcher(address).matches()) {
      throw new RequestInput.Rejected("input.email", RequestInput.excerpt(address));
    }
    return new EmailAddress(address);
  }
}
