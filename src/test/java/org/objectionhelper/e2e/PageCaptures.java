package org.objectionhelper.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.objectionhelper.browser.BrowserSession;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.print.PrintOptions;

/** Checks that a session can picture the whole page and print it, whatever runs the browser. */
final class PageCaptures {
  private PageCaptures() {}

  static void assertFullPageAndPdf(BrowserSession session) throws IOException {
    ((JavascriptExecutor) session.driver()).executeScript("document.body.style.minHeight = '3000px'");

    byte[] png = session.fullPageScreenshots().orElseThrow().fullPagePng();
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(picture.getHeight() >= 3000, "full page is " + picture.getHeight() + " px high");

    String pdf = session.printing().orElseThrow().print(new PrintOptions()).getContent();
    byte[] head = Base64.getDecoder().decode(pdf.substring(0, 8));
    assertTrue(new String(head, StandardCharsets.US_ASCII).startsWith("%PDF"));
  }
}
