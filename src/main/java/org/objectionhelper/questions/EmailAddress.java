package org.objectionhelper.questions;

import java.util.regex.Pattern;

/** An e-mail address as the person typed it, trimmed and checked once; the run trusts it. */
public record EmailAddress(String value) {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int MAX_LENGTH = 254;

  /**
   * @throws Rejected if it does not look like an address
   */
  public static EmailAddress parse(String typed) {
    TypedText.readable("--email", typed);
    String address = typed == null ? "" : typed.trim();
    if (address.length() > MAX_LENGTH || !EMAIL.matcher(address).matches()) {
      throw new Rejected("input.email", TypedText.excerpt(address));
    }
    return new EmailAddress(address);
  }
}
