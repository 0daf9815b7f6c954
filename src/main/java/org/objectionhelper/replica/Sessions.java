package org.objectionhelper.replica;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/** The logged-in sessions of the replica site, by platform and cookie value. Thread-safe. */
final class Sessions {

  private final Map<String, Session> byToken = new ConcurrentHashMap<>();

  /** When each account's objection arrived, by platform and login identifier. */
  private final Map<String, Instant> objections = new ConcurrentHashMap<>();

  /**
   * Opens a session and returns its cookie value.
   *
   * @param identifier what the person typed to log in; kept as the account's address if it is one
   */
  String open(Platform platform, String identifier) {
    String token = Tokens.secret();
    String accountEmail = identifier.contains("@") ? identifier : "";
    byToken.put(
        token, new Session(platform, identifier.trim().toLowerCase(Locale.ROOT), accountEmail));
    return token;
  }

  /** The objection of the account {@code session} is logged in to arrived at {@code when}. */
  void objected(Session session, Instant when) {
    objections.put(session.account(), when);
  }

  /** When the objection of the account {@code session} is logged in to arrived, if it did. */
  Optional<Instant> objection(Session session) {
    return Optional.ofNullable(objections.get(session.account()));
  }

  /** Ends the session of {@code token}, if there is one: its cookie lets nobody in any more. */
  void close(String token) {
    byToken.remove(token);
  }

  Optional<Session> find(Platform platform, String token) {
    return Optional.ofNullable(token)
        .map(byToken::get)
        .filter(session -> session.platform == platform);
  }

  static final class Session {
    private final Platform platform;
    private final String identifier;
    private final String accountEmail;

    /**
     * The {@code lsd} tokens of the form pages shown in this session, with each page's language.
     */
    private final Map<String, Issued> issuedLsd = new ConcurrentHashMap<>();

    /** A form page shown: its language, and the names its fields had. */
    private record Issued(Language language, FieldNames names) {}

    private Session(Platform platform, String identifier, String accountEmail) {
      this.platform = platform;
      this.identifier = identifier;
      this.accountEmail = accountEmail;
    }

    /** The account, whichever session it logs in with: its platform and login identifier. */
    private String account() {
      return platform.id() + ":" + identifier;
    }

    /** The account's e-mail address, or "" if the person logged in with a phone number or name. */
    String accountEmail() {
      return accountEmail;
    }

    String issueLsd(Language pageLanguage, FieldNames names) {
      String lsd = Tokens.secret();
      issuedLsd.put(lsd, new Issued(pageLanguage, names));
      return lsd;
    }

    /** The language of the page that carried this {@code lsd}, if this session issued it. */
    Optional<Language> pageOf(String lsd) {
      return Optional.ofNullable(lsd).map(issuedLsd::get).map(Issued::language);
    }

    /** The names the fields of the page that carried this {@code lsd} had. */
    Optional<FieldNames> namesOf(String lsd) {
      return Optional.ofNullable(lsd).map(issuedLsd::get).map(Issued::names);
    }
  }
}
