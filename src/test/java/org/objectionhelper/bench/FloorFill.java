package org.objectionhelper.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The floor for the benchmark: the least a Selenium program must do to reach the same filled form.
 * Same chromedriver, same Chromium, same page, same three fields, nothing else. Prints the
 * milliseconds from JVM start to the filled form.
 */
public final class FloorFill {
  private FloorFill() {}

  public static void main(String[] args) throws Exception {
    String formUrl = args[0];
    Path profile = Files.createTempDirectory("floor-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(new File("/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--user-data-dir=" + profile,
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.get(formUrl);
      new Select(driver.findElement(By.name("Field1527493470879421"))).selectByValue("DE");
      driver.findElement(By.name("Field1230011437108436")).sendKeys("bench@example.org");
      driver.findElement(By.name("Field1497640897150929")).sendKeys(Bench.REASON);
      long millis =
          System.currentTimeMillis()
              - ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
      System.out.println("filled " + millis);
    } finally {
      driver.quit();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
