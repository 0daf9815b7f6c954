package org.objectionhelper.page;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.NetworkRecord;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.WebDriver;

/**
 * One of Meta's objection forms in the browser, seen through its profile: every element is found by
 * the profile's locators, and the tool opens only addresses the profile allows. The work is done in
 * its rooms: {@link Navigation} (where the browser is and may go), finding the fields, {@link
 * Filling} (what the tool does to them), {@link SendControl}, reading Meta's answer, telling a
 * login or a question at a glance; the capture of the evidence is a {@link PageCapture}.
 */
public final class FormPage {
  private final WebDriver driver;
  private final FormProfile profile;
  private final Overlay overlay;
  private final PageCapture capture;
  private final Optional<NetworkRecord> network;
  private final Navigation navigation;
  private final FieldFinder fields;
  private final Filling filling;
  private final SendControl send;
  private final MetasAnswer answer;
  private final Glance glance;

  public FormPage(WebDriver driver, FormProfile profile) {
    this(driver, profile, PageCapture.of(driver), Optional.empty());
  }

  /** The form of {@code profile} in the session's browser, with its record of what was sent. */
  public static FormPage in(BrowserSession session, FormProfile profile) {
    return new FormPage(
        session.driver(), profile, PageCapture.of(session.driver()), session.network());
  }

  /**
   * @param network what the browser really sent, where it reports it
   */
  public FormPage(
      WebDriver driver, FormProfile profile, PageCapture capture, Optional<NetworkRecord> network) {
    this.driver = driver;
    this.profile = profile;
    this.capture = capture;
    this.network = network;
    this.overlay = new Overlay(driver);
    ElementFinder finder = new ElementFinder(driver);
    this.navigation = new Navigation(driver, profile);
    this.fields = new FieldFinder(finder);
    this.filling = new Filling(driver, profile, navigation, fields);
    this.send = new SendControl(driver, profile, finder, navigation, overlay);
    this.answer = new MetasAnswer(driver, profile, finder);
    this.glance = new Glance(driver, profile, finder);
  }

  public FormProfile profile() {
    return profile;
  }

  public WebDriver driver() {
    return driver;
  }

  public Overlay overlay() {
    return overlay;
  }

  /** What the browser really sent and the trusted clicks it saw; empty where it cannot say. */
  public Optional<NetworkRecord> network() {
    return network;
  }

  /** The page as evidence: as seen, full page, printed, archived. */
  public PageCapture capture() {
    return capture;
  }

  public Navigation navigation() {
    return navigation;
  }

  public Filling filling() {
    return filling;
  }

  public SendControl send() {
    return send;
  }

  /** Only a {@code Person} calls this: the tool itself never sends. */
  public void clickSend() {
    send.click();
  }

  public URI address() {
    return navigation.address();
  }

  public URI formAddress() {
    return navigation.formAddress();
  }

  public void open() {
    navigation.open();
  }

  public boolean openNextAddress() {
    return navigation.openNextAddress();
  }

  public Optional<Match> findNow(FieldSpec field) {
    return fields.findNow(field);
  }

  public Optional<Match> findNow(List<Locator> locators) {
    return fields.findNow(locators);
  }

  public Match waitFor(FieldSpec field, Duration timeout) {
    return fields.waitFor(field, timeout);
  }

  public FormChangedException notFound(FieldSpec field, Duration waited) {
    return fields.notFound(field, waited);
  }

  public Optional<String> confirmation() {
    return answer.confirmation();
  }

  public List<String> confirmationLines() {
    return answer.confirmationLines();
  }

  public Optional<String> sendError() {
    return answer.sendError();
  }

  public Optional<String> unavailable() {
    return answer.unavailable();
  }

  public Duration unchangedFor() {
    return glance.unchangedFor();
  }

  public boolean asksAQuestion() {
    return glance.asksAQuestion();
  }

  /**
   * Whether the browser shows a page of one of the profile's hosts, the only ones the tool acts on.
   */
  public boolean onAllowedHost(URI address) {
    return profile.allows(address);
  }

  /** Whether the page at {@code address} is Meta's login, by what it shows or by its address. */
  public boolean loginGateShows(URI address) {
    return loginGate(address).isPresent();
  }

  /** How the login gate at {@code address} was recognised, if one shows. */
  public Optional<String> loginGate(URI address) {
    Optional<String> shown = glance.loginIndicatorShown();
    if (shown.isPresent()) {
      return shown;
    }
    String url = address.toString();
    return profile.login().urlContains().stream()
        .filter(url::contains)
        .findFirst()
        .map(part -> "address contains '" + part + "'");
  }

  /** Whether {@code address} is the form's address the page opened (any query aside). */
  public boolean atFormAddress(URI address) {
    return profile.allows(address) && samePath(address, formAddress());
  }

  /** Whether {@code address} is Meta's privacy hub, where the person chooses a request. */
  public boolean onPrivacyHub(URI address) {
    return profile
        .addresses()
        .privacyHub()
        .filter(hub -> profile.allows(address) && samePath(address, hub))
        .isPresent();
  }

  private static boolean samePath(URI a, URI b) {
    return trimSlash(a.getPath()).equals(trimSlash(b.getPath()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
