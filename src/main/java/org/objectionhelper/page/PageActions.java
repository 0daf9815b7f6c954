package org.objectionhelper.page;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.objectionhelper.profile.FormProfile;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The scripts that act on the page (focus a field, pick an option, outline what was filled), each
 * run behind the navigation guard in one step with it: there is no moment between the check and the
 * act in which the page could have moved to a foreign host, and no round trip of its own.
 */
final class PageActions {
  private final JavascriptExecutor js;
  private final FormProfile profile;
  private final List<String> allowedHosts;

  PageActions(WebDriver driver, FormProfile profile) {
    this.js = (JavascriptExecutor) driver;
    this.profile = profile;
    this.allowedHosts = List.copyOf(profile.allowedHosts());
  }

  /** Runs the named script with {@code arguments}; refuses when the page is on a foreign host. */
  Object run(String script, Object... arguments) {
    Object[] withHosts = Arrays.copyOf(arguments, arguments.length + 1);
    withHosts[arguments.length] = allowedHosts;
    Object result =
        js.executeScript(Scripts.named("guard") + "\n" + Scripts.named(script), withHosts);
    if (result instanceof Map<?, ?> answer && answer.containsKey("refused")) {
      throw NavigationRefusedException.onForeignPage(answer.get("refused"), profile);
    }
    return result;
  }
}
