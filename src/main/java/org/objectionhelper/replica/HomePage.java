package org.objectionhelper.replica;

import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/** The home feed a Facebook login lands on: no form, so the tool has to find its way back. */
final class HomePage {

  private final Template body = Template.load("replica/home.html");
  private final Layout layout;
  private final Texts texts;
  private final PlatformSite site;

  HomePage(Layout layout, Texts texts, PlatformSite site) {
    this.layout = layout;
    this.texts = texts;
    this.site = site;
  }

  Response show(Request request) {
    Language language = request.language();
    String content =
        body.render(
            Map.of(
                "heading", texts.get(language, "home.heading"),
                "text", texts.get(language, "home.text")));
    return Response.html(layout.render(language, site.name(), site.name(), content));
  }
}
