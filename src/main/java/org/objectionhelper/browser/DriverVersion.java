package org.objectionhelper.browser;

import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;

/** The version of the driver (chromedriver) that steers a browser, as its capabilities tell. */
public final class DriverVersion {
  private DriverVersion() {}

  /** E.g. {@code chromedriver 156.0.8078.79 (...)}; empty where the driver does not say. */
  public static Optional<String> of(WebDriver driver) {
    if (!(driver instanceof HasCapabilities session)) {
      return Optional.empty();
    }
    Capabilities capabilities = session.getCapabilities();
    return Optional.ofNullable(capabilities.getCapability("chrome"))
        .filter(Map.class::isInstance)
        .map(chrome -> ((Map<?, ?>) chrome).get("chromedriverVersion"))
        .map(version -> "chromedriver " + version);
  }
}
