package org.objectionhelper.profile;

import java.util.List;
import java.util.Locale;

/**
 * A step of the form only the person can do: type a code Meta sent by e-mail, solve a check, answer
 * a question before the form. The flow pauses for it with guidance and goes on once it is done.
 *
 * @param name the step's key in the profile, e.g. {@code email-code}
 * @param shows what on the page shows that the step waits for the person
 * @param done what shows the step is done; empty means: once {@code shows} finds nothing any more
 * @param rejected what the page shows when it did not accept the person's answer (a wrong code)
 */
public record PersonStep(
    String name, Kind kind, List<Locator> shows, List<Locator> done, List<Locator> rejected) {

  public enum Kind {
    /** A code sent by e-mail (or text message) to type into the page. */
    CODE,
    /** A check that the person is a person, such as a captcha. */
    CHECK,
    /**
     * A question the page asks before the form, such as "Does your request relate to AI at Meta?".
     */
    QUESTION;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public PersonStep {
    shows = List.copyOf(shows);
    done = List.copyOf(done);
    rejected = List.copyOf(rejected);
  }
}
