package org.objectionhelper.a11y;

import java.util.List;

/**
 * How the page lays out at one zoom level.
 *
 * @param viewportWidth the width the page has, in CSS pixels
 * @param pageWidth how wide the page is laid out; wider means scrolling sideways to read it
 * @param cutOff the texts that do not show in full, each with the element that holds it
 */
public record Reflow(int percent, long viewportWidth, long pageWidth, List<String> cutOff) {

  public boolean scrollsSideways() {
    return pageWidth > viewportWidth;
  }

  public boolean readable() {
    return !scrollsSideways() && cutOff.isEmpty();
  }

  @Override
  public String toString() {
    return "at "
        + percent
        + " % the page is "
        + pageWidth
        + " px wide in a "
        + viewportWidth
        + " px window"
        + (cutOff.isEmpty() ? "" : "; cut off: " + cutOff);
  }
}
