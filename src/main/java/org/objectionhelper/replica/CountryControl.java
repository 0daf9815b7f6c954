package org.objectionhelper.replica;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.replica.Variety.CountryField;

/**
 * The form's country field in each of the shapes of {@link CountryField}, labelled as the page
 * labels its fields. Whatever the shape, the chosen ISO code is what the form sends under the
 * field's name.
 */
final class CountryControl {
  /** The behaviour of the lists that draw their options only while open. */
  private static final String DRAWN_ON_OPENING =
      Template.load("replica/dropdown.js").render(Map.of());

  private final FieldMarkup markup;
  private final String controlClass;
  private final String name;
  private final Locale locale;
  private final String choose;
  private final String open;

  CountryControl(
      FieldMarkup markup, String controlClass, String name, Language language, Texts texts) {
    this.markup = markup;
    this.controlClass = controlClass;
    this.name = name;
    this.locale = language.locale();
    this.choose = Template.escape(texts.get(language, "form.country.choose"));
    this.open = Template.escape(texts.get(language, "form.country.open"));
  }

  /** The field and its label, or nothing where the page has no country field. */
  String render(CountryField shape, String label) {
    String id = Tokens.elementId();
    return switch (shape) {
      case ABSENT -> "";
      case SELECT -> markup.labelled(id, label, attributes -> select(id, attributes));
      case COMBOBOX -> markup.labelled(id, label, attributes -> drawnUpFront(id, attributes));
      case LAZY_LISTBOX, PORTAL_LISTBOX, FILTER_INPUT ->
          markup.labelled(id, label, attributes -> drawnOnOpening(shape, id, attributes));
    };
  }

  private String select(String id, String attributes) {
    return "<select class=\""
        + controlClass
        + "\" id=\""
        + id
        + "\" name=\""
        + name
        + "\""
        + attributes
        + ">\n"
        + "    <option value=\"\">"
        + choose
        + "</option>\n"
        + options(locale)
        + "\n  </select>\n"
        + "  <input type=\"hidden\" name=\""
        + name
        + "_iso2_country_code\" value=\"\">";
  }

  /** A combobox whose options are in the page from the start, in a hidden list. */
  private String drawnUpFront(String id, String attributes) {
    String listId = Tokens.elementId();
    return "<div class=\""
        + controlClass
        + "\" id=\""
        + id
        + "\" role=\"combobox\" tabindex=\"0\" aria-expanded=\"false\" aria-controls=\""
        + listId
        + "\" data-name=\""
        + name
        + "\" data-value=\"\""
        + attributes
        + ">"
        + choose
        + "</div>\n"
        + "  <ul role=\"listbox\" id=\""
        + listId
        + "\" hidden>\n"
        + choices()
        + "\n  </ul>\n"
        + hidden();
  }

  /**
   * A combobox whose options exist only while it is open (replica/dropdown.js): a div, or a text
   * field to type into; the options wait in a template until the list is drawn.
   */
  private String drawnOnOpening(CountryField shape, String id, String attributes) {
    String listId = Tokens.elementId();
    String shared =
        " id=\""
            + id
            + "\" role=\"combobox\" aria-expanded=\"false\" data-replica-dropdown=\""
            + shape
            + "\" data-list-id=\""
            + listId
            + "\" data-name=\""
            + name
            + "\""
            + attributes;
    String control =
        shape == CountryField.FILTER_INPUT
            ? "<input class=\""
                + controlClass
                + "\" type=\"text\" autocomplete=\"off\" aria-autocomplete=\"list\" aria-controls=\""
                + listId
                + "\""
                + shared
                + ">"
            : "<div class=\""
                + controlClass
                + "\" tabindex=\"0\" aria-haspopup=\"listbox\""
                + shared
                + ">"
                + choose
                + "</div>";
    String arrow =
        shape == CountryField.PORTAL_LISTBOX
            ? "\n  <button type=\"button\" tabindex=\"-1\" aria-label=\""
                + open
                + "\" data-replica=\"dropdown-arrow\">&#9662;</button>"
            : "";
    return control
        + arrow
        + "\n"
        + hidden()
        + "\n  <template data-replica=\"countries\">\n"
        + choices()
        + "\n  </template>\n  <script>"
        + DRAWN_ON_OPENING
        + "</script>";
  }

  private String hidden() {
    return "  <input type=\"hidden\" name=\"" + name + "\" value=\"\">";
  }

  /** Every ISO country as the options of a combobox's list. */
  private String choices() {
    return countries(
        locale,
        (code, country) ->
            "    <li role=\"option\" data-value=\"" + code + "\">" + country + "</li>");
  }

  /** Every ISO country as the options of a select, named and sorted in the page's language. */
  static String options(Locale locale) {
    return countries(
        locale, (code, country) -> "    <option value=\"" + code + "\">" + country + "</option>");
  }

  /**
   * Every ISO country, named and sorted in the page's language, each as {@code markup} makes it of
   * code and name.
   */
  private static String countries(Locale locale, BinaryOperator<String> markup) {
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(Map.Entry::getValue, collator))
        .map(
            country ->
                markup.apply(
                    Template.escape(country.getKey()), Template.escape(country.getValue())))
        .collect(Collectors.joining("\n"));
  }
}
