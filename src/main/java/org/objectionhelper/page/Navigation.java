package org.objectionhelper.page;

import java.net.URI;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.profile.FormProfile;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * Where the browser is and where the tool may take it: the profile's form addresses in order, its
 * Support Inbox and logout, never a host the profile does not allow (the navigation guard).
 */
public final class Navigation {
  private final WebDriver driver;
  private final FormProfile profile;
  private final AddressesInOrder addresses;

  public Navigation(WebDriver driver, FormProfile profile) {
    this.driver = driver;
    this.profile = profile;
    this.addresses = new AddressesInOrder(profile);
  }

  /** Opens the form's address now in use: the profile's first, until it showed nothing. */
  public void open() {
    navigate(formAddress());
  }

  /** The profile's form address the page opens now. */
  public URI formAddress() {
    return addresses.current();
  }

  /**
   * Moves on to the profile's next form address and opens it.
   *
   * @return false where there is none left (nothing is opened then)
   */
  public boolean openNextAddress() {
    if (!addresses.moveOn()) {
      return false;
    }
    open();
    return true;
  }

  /** Opens Meta's Support Inbox at the profile's address; the profile must name one. */
  public void openSupportInbox() {
    navigate(profile.supportInbox().url().orElseThrow());
  }

  /**
   * Logs the person out where the profile names a logout URL, so that the next account's run starts
   * without this one's session; without one, nothing happens.
   */
  public void logOut() {
    profile.logoutUrl().ifPresent(this::navigate);
  }

  private void navigate(URI url) {
    if (!profile.allows(url)) {
      throw new NavigationRefusedException(
          "Refusing to open "
              + url
              + ": its host is not in the allowed hosts of "
              + profile.source());
    }
    try {
      driver.get(url.toString());
    } catch (TimeoutException e) {
      throw new PageNeverLoadedException(url, driver.manage().timeouts().getPageLoadTimeout());
    } catch (WebDriverException e) {
      if (String.valueOf(e.getRawMessage()).contains("net::ERR_")) {
        throw new PageUnreachableException(url, BrowserFailure.summary(e));
      }
      throw e;
    }
  }

  /** Where the browser is now, read once for the checks that follow. */
  public URI address() {
    return URI.create(currentUrl());
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  /** The navigation guard: the tool fills, marks and clicks only on the profile's own hosts. */
  void requireAllowedHost() {
    if (!profile.allows(address())) {
      throw NavigationRefusedException.onForeignPage(currentUrl(), profile);
    }
  }
}
