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
 * the profile's locators, and the tool opens only addresses the profile allows. It answers what the
 * flow's decisions ask of a page ({@link PageOnTheWay}, {@link AnsweringPage}) from its rooms, and
 * hands out the rooms that act in the browser: {@link Navigation} (where the browser is and may
 * go), {@link Filling} (what the tool does to the fields), {@link SendControl}; the capture of the
 * evidence is a {@link PageCapture}.
 */
public final class FormPage implements PageOnTheWay, AnsweringPage {
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

  @Override
  public FormProfile profile() {
    return profile;
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
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

  @Override
  public URI address() {
    return navigation.address();
  }

  @Override
  public URI formAddress() {
    return navigation.formAddress();
  }

  @Override
  public void open() {
    navigation.open();
  }

  @Override
  public boolean openNextAddress() {
    return navigation.openNextAddress();
  }

  @Override
  public Optional<Match> findNow(FieldSpec field) {
    return fields.findNow(field);
  }

  @Override
  public Optional<Match> findNow(List<Locator> locators) {
    return fields.findNow(locators);
  }

  public Match waitFor(FieldSpec field, Duration timeout) {
    return fields.waitFor(field, timeout);
  }

  @Override
  public FormChangedException notFound(FieldSpec field, Duration waited) {
    return fields.notFound(field, waited);
  }

  @Override
  public Optional<String> confirmation() {
    return answer.confirmation();
  }

  @Override
  public List<String> confirmationLines() {
    return answer.confirmationLines();
  }

  @Override
  public Optional<String> sendError() {
    return answer.sendError();
  }

  @Override
  public Optional<String> unavailable() {
    return answer.unavailable();
  }

  @Override
  public Duration unchangedFor() {
    return glance.unchangedFor();
  }

  @Override
  public boolean asksAQuestion() {
    return glance.asksAQuestion();
  }

  @Override
  public Optional<String> loginIndicatorShown() {
    return glance.loginIndicatorShown();
  }
}
