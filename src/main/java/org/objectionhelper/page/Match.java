package org.objectionhelper.page;

import org.objectionhelper.profile.Locator;
import org.openqa.selenium.WebElement;

/** An element found on the page, and which of the profile's locators found it. */
public record Match(WebElement element, Locator locator) {}
