package org.objectionhelper.replica;

import java.util.List;
import org.objectionhelper.basics.Platform;

/**
 * What differs between the Facebook and the Instagram replica: paths, cookie and field names as on
 * Meta's real sites. Everything else is shared.
 *
 * @param formNumber the help-center form number, also the last segment of {@code formPath}
 * @param landsOnFeed true where a login leads to the home feed instead of back to {@code next}
 */
record PlatformSite(
    Platform platform,
    String name,
    String formNumber,
    String formPath,
    String loginPath,
    String logoutPath,
    String sessionCookie,
    String loginFormId,
    String identifierField,
    String passwordField,
    boolean landsOnFeed) {

  /** The platforms whose replica has accounts, a login and an objection form. */
  static final List<Platform> WITH_ACCOUNTS = List.of(Platform.FACEBOOK, Platform.INSTAGRAM);

  /** The same site with its login gate at another address, with other input names. */
  PlatformSite withLoginElsewhere() {
    return new PlatformSite(
        platform,
        name,
        formNumber,
        formPath,
        "/auth/" + platform.id() + "/signin/",
        logoutPath,
        sessionCookie,
        "signin_form",
        "user_identifier",
        "user_secret",
        landsOnFeed);
  }

  static PlatformSite of(Platform platform) {
    return switch (platform) {
      case FACEBOOK ->
          new PlatformSite(
              platform,
              "Facebook",
              "712876720715583",
              "/help/contact/712876720715583",
              "/login/",
              "/logout.php",
              "c_user",
              "login_form",
              "email",
              "pass",
              true);
      case INSTAGRAM ->
          new PlatformSite(
              platform,
              "Instagram",
              "767264225370182",
              "/contact/767264225370182",
              "/accounts/login/",
              "/accounts/logout/",
              "sessionid",
              "loginForm",
              "username",
              "password",
              false);
      case THIRD_PARTY ->
          throw new IllegalArgumentException("the third-party form has no accounts");
    };
  }
}
