package org.objectionhelper.page;

import org.objectionhelper.profile.Locator;
import org.openqa.selenium.WebElement;

/**
 * An element found on the page, and how: by one of the profile's locators, or recognised by its
 * role where none of them found anything (then {@code locator} is empty).
 *
 * @param how what found it, for the summary, the manifest and {@code probe}
 */
public record Match(WebElement element, String how, boolean byRole) {

  static Match byLocator(WebElement element, Locator locator) {
    return new Match(element, locator.describe(), false);
  }

  static Match byRole(WebElement element, String how) {
    return new Match(element, how, true);
  }
}
