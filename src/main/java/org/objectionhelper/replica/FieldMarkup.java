package org.objectionhelper.replica;

import static org.objectionhelper.html.Template.escape;

import java.util.function.Function;
import org.objectionhelper.replica.Variety.LabelStyle;

/**
 * A form field's markup in one of the ways pages label their fields: a {@code <label for>}, a label
 * around the control, {@code aria-labelledby}, a text set before the control, or only a
 * placeholder.
 */
final class FieldMarkup {
  private final LabelStyle style;
  private final String labelClass;

  FieldMarkup(LabelStyle style, String labelClass) {
    this.style = style;
    this.labelClass = labelClass;
  }

  /**
   * @param control the control's markup, given the attributes that label it (or "")
   */
  String labelled(String id, String label, Function<String, String> control) {
    String text = escape(label);
    return switch (style) {
      case LABEL_FOR ->
          "  <label class=\""
              + labelClass
              + "\" for=\""
              + id
              + "\">"
              + text
              + "</label>\n  "
              + control.apply("")
              + "\n";
      case WRAPPING_LABEL ->
          "  <label class=\""
              + labelClass
              + "\">"
              + text
              + "\n    "
              + control.apply("")
              + "\n  </label>\n";
      case ARIA_LABELLEDBY -> {
        String labelId = Tokens.elementId();
        yield "  <span class=\""
            + labelClass
            + "\" id=\""
            + labelId
            + "\">"
            + text
            + "</span>\n  "
            + control.apply(" aria-labelledby=\"" + labelId + "\"")
            + "\n";
      }
      case TEXT_BEFORE ->
          "  <div class=\"x1iyjqo2\">\n    <div class=\""
              + labelClass
              + "\">"
              + text
              + "</div>\n    "
              + control.apply("")
              + "\n  </div>\n";
      case PLACEHOLDER_ONLY -> "  " + control.apply(" placeholder=\"" + text + "\"") + "\n";
    };
  }
}
