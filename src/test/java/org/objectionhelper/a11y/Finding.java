package org.objectionhelper.a11y;

/**
 * One rule axe-core found broken on one element.
 *
 * @param impact axe's impact: critical, serious, moderate or minor
 * @param target the element, as the CSS selector axe reports
 */
public record Finding(String rule, String impact, String target, String help) {

  /** Whether a person relying on assistive technology is blocked or badly hindered. */
  public boolean blocking() {
    return impact.equals("critical") || impact.equals("serious");
  }

  @Override
  public String toString() {
    return impact + " " + rule + " at " + target + ": " + help;
  }
}
