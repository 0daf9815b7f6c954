package org.objectionhelper.profile;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectionhelper.basics.Language;
import org.objectionhelper.basics.Platform;

/**
 * Everything the tool knows about one of Meta's objection forms, loaded from {@code
 * config/forms/<id>.yaml}. Meta changes its pages without notice, so this is data, not code.
 *
 * @param source where the profile was loaded from, for messages
 * @param addresses where the form may be found, tried in order
 * @param login {@link LoginGate#NONE} for a form that needs no account
 * @param fields by role, in the order of the form
 * @param cookieDismiss the most privacy-friendly choice of a cookie-consent dialog ("decline
 *     optional cookies"), the only one the tool ever clicks; empty where the profile names none
 * @param sendError how Meta says a sent objection failed; without patterns where the profile names
 *     none
 * @param steps what only the person can do on the way (a code from an e-mail), in no set order
 * @param logoutUrl where the tool logs the person out between accounts, if the profile says
 * @param supportInbox where Meta's Support Inbox is, {@link SupportInbox#NONE} where not known
 */
public record FormProfile(
    Platform platform,
    String source,
    FormAddresses addresses,
    Set<String> allowedHosts,
    Map<Language, String> titles,
    LoginGate login,
    Map<FieldRole, FieldSpec> fields,
    List<Locator> submit,
    Confirmation confirmation,
    List<Locator> cookieDismiss,
    Confirmation sendError,
    List<PersonStep> steps,
    Optional<URI> logoutUrl,
    SupportInbox supportInbox) {

  public FormProfile {
    allowedHosts = Set.copyOf(allowedHosts);
    titles = Map.copyOf(titles);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    submit = List.copyOf(submit);
    cookieDismiss = List.copyOf(cookieDismiss);
    steps = List.copyOf(steps);
  }

  /** The address tried first. */
  public URI formUrl() {
    return addresses.first();
  }

  public Optional<FieldSpec> field(FieldRole role) {
    return Optional.ofNullable(fields.get(role));
  }

  public boolean allows(URI url) {
    return url.getHost() != null && allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  /**
   * The same profile pointed at another origin, keeping each address's path: how the bundled
   * replica site stands in for Meta's hosts in the demo and the tests, with the very same locators.
   */
  public FormProfile rehostedTo(URI origin) {
    Optional<URI> logoutMoved = logoutUrl.map(url -> FormAddresses.moved(origin, url));
    return copy(
        addresses.rehostedTo(origin),
        Set.of(origin.getHost()),
        login,
        fields,
        submit,
        logoutMoved,
        supportInbox.rehostedTo(origin));
  }

  /** The same profile with one field described anew, as a maintainer edits the YAML. */
  public FormProfile withField(FieldSpec field) {
    Map<FieldRole, FieldSpec> edited = new LinkedHashMap<>(fields);
    edited.put(field.role(), field);
    return copy(addresses, allowedHosts, login, edited, submit, logoutUrl, supportInbox);
  }

  /** The same profile with other locators for the Send control. */
  public FormProfile withSubmit(List<Locator> locators) {
    return copy(addresses, allowedHosts, login, fields, locators, logoutUrl, supportInbox);
  }

  /** The same profile with another way to tell the login gate. */
  public FormProfile withLogin(LoginGate gate) {
    return copy(addresses, allowedHosts, gate, fields, submit, logoutUrl, supportInbox);
  }

  /** The same profile trying {@code address} first (one of its hosts), then its other addresses. */
  public FormProfile withFirstAddress(URI address) {
    List<URI> forms = new ArrayList<>(List.of(address));
    addresses.forms().stream().filter(url -> !url.equals(address)).forEach(forms::add);
    FormAddresses first =
        new FormAddresses(
            forms, addresses.unavailable(), addresses.privacyHub(), addresses.chooseHint());
    return copy(first, allowedHosts, login, fields, submit, logoutUrl, supportInbox);
  }

  private FormProfile copy(
      FormAddresses addresses,
      Set<String> allowedHosts,
      LoginGate login,
      Map<FieldRole, FieldSpec> fields,
      List<Locator> submit,
      Optional<URI> logoutUrl,
      SupportInbox supportInbox) {
    return new FormProfile(
        platform,
        source,
        addresses,
        allowedHosts,
        titles,
        login,
        fields,
        submit,
        confirmation,
        cookieDismiss,
        sendError,
        steps,
        logoutUrl,
        supportInbox);
  }
}
