package org.objectionhelper.flow;

import java.io.PrintWriter;
import org.objectionhelper.i18n.Messages;
import org.objectionhelper.page.Banner;
import org.objectionhelper.profile.FormProfile;

/** Tells the person what happens, in their language: in the terminal, and in the page itself. */
public final class Narrator {
  private final Messages messages;
  private final PrintWriter terminal;

  public Narrator(Messages messages, PrintWriter terminal) {
    this.messages = messages;
    this.terminal = terminal;
  }

  public Messages messages() {
    return messages;
  }

  /** The platform's name as a person reads it in this language: "Meta-KI (Daten von Dritten)". */
  public String platform(FormProfile profile) {
    return messages.platformName(profile.platform());
  }

  public void say(String key, Object... args) {
    terminal.println(messages.text(key, args));
    terminal.flush();
  }

  /** Says it in the terminal and shows it in the banner above the page. */
  public void guide(Banner banner, String key, Object... args) {
    say(key, args);
    show(banner, key, args);
  }

  /** Shows it in the banner above the page only. */
  public void show(Banner banner, String key, Object... args) {
    showText(banner, messages.text(key, args));
  }

  /** Shows a text made of several messages in the banner, marked as the person's language. */
  void showText(Banner banner, String text) {
    banner.show(messages.language(), text);
  }
}
