package org.objectionhelper.flow;

import org.objectionhelper.page.FormPage;

/**
 * The person's turns while the flow waits for them at one page: a {@link Person} at the browser's
 * form page, or a test's script beside a scripted page.
 */
interface PersonAtThePage {
  default void duringLogin() {}

  default void duringReview() {}

  /**
   * @param stepName the profile's name of the step the flow waits for, e.g. {@code email-code}
   */
  default void duringPause(String stepName) {}

  static PersonAtThePage of(Person person, FormPage page) {
    return new PersonAtThePage() {
      @Override
      public void duringLogin() {
        person.duringLogin(page);
      }

      @Override
      public void duringReview() {
        person.duringReview(page);
      }

      @Override
      public void duringPause(String stepName) {
        person.duringPause(page, stepName);
      }
    };
  }
}
