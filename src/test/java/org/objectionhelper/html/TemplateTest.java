package org.objectionhelper.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private final Template template = Template.load("html/template-test.html");

  @Test
  void escapesValuesInDoubleBracesAndInsertsMarkupFromTripleBraces() {
    String html =
        template.render(
            Map.of(
                "title",
                "\"x\" & 'y'",
                "text",
                "<script>alert(1)</script>",
                "markup",
                "<b>ok</b>"));

    assertEquals(
        "<p title=\"&quot;x&quot; &amp; &#39;y&#39;\">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
            + "<b>ok</b>\n",
        html);
  }

  @Test
  void refusesToRenderWhenAPlaceholderHasNoValue() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> template.render(Map.of("title", "t", "text", "x")));
    assertEquals("no value for {{markup}} in html/template-test.html", e.getMessage());
  }
}
