package org.objectionhelper.replica;

import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;

/** Wraps a page's body in the markup every replica page shares. */
final class Layout {

  private final Template page = Template.load("replica/page.html");

  /**
   * @param body markup, inserted as it is
   */
  String render(Language language, String title, String siteName, String body) {
    return page.render(
        Map.of("lang", language.code(), "title", title, "siteName", siteName, "body", body));
  }
}
