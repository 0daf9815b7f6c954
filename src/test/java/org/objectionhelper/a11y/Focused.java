package org.objectionhelper.a11y;

/**
 * The element that holds the keyboard focus, as a person would name it.
 *
 * @param element tag, id and name, e.g. {@code input#email[name=email]}
 * @param label what a person reads on or beside it (its label, its text, its aria-label)
 * @param focusVisible whether it shows that it has the focus: an outline or a box shadow it has
 *     only while focused
 */
public record Focused(String element, String label, boolean focusVisible) {

  @Override
  public String toString() {
    return element + " \"" + label + "\"" + (focusVisible ? "" : " (focus not visible)");
  }
}
