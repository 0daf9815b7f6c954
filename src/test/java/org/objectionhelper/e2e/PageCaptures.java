package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.objectionhelper.page.PageCapture;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks that the evidence capture pictures the whole page and prints it, whatever runs the
 * browser.
 */
final class PageCaptures {
  private PageCaptures() {}

  static void assertFullPageAndPdf(WebDriver driver) throws IOException {
    ((JavascriptExecutor) driver).executeScript("document.body.style.minHeight = '3000px'");
    PageCapture capture = PageCapture.of(driver);

    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(capture.fullPage()));
    assertTrue(picture.getHeight() >= 3000, "full page is " + picture.getHeight() + " px high");

    byte[] pdf = capture.pdf();
    assertTrue(new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII).equals("%PDF"));
  }
}
