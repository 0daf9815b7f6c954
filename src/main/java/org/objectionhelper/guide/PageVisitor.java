package org.objectionhelper.guide;

import org.openqa.selenium.WebDriver;

/**
 * Whoever answers the assistant's pages. The person does so in their own time, while the run waits;
 * a test acts here, as the flow's {@code Person} acts on Meta's pages.
 */
@FunctionalInterface
public interface PageVisitor {
  PageVisitor PERSON = (driver, page) -> {};

  /** Called once the browser shows {@code page}, before the run waits for the answer. */
  void arrived(WebDriver driver, LocalPage page);
}
