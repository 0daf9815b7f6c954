package org.objectionhelper.replica;

import java.util.Map;
import org.objectionhelper.basics.Language;
import org.objectionhelper.html.Template;
import org.objectionhelper.web.Response;

/** The confirmation as a page of its own, for a form the browser sends without a script. */
final class ConfirmationPage {
  private final Template body = Template.load("replica/confirmation-page.html");
  private final Layout layout;
  private final Texts texts;

  ConfirmationPage(Layout layout, Texts texts) {
    this.layout = layout;
    this.texts = texts;
  }

  Response show(Request request) {
    Language language = request.language();
    String heading = texts.get(language, "confirmation.heading");
    String content =
        body.render(Map.of("heading", heading, "text", texts.get(language, "confirmation.text")));
    return Response.html(layout.render(language, heading, "Meta", content));
  }
}
