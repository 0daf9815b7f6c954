package org.objectionhelper.page;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.objectionhelper.basics.Language;
import org.objectionhelper.browser.BrowserFailure;
import org.objectionhelper.browser.BrowserSession;
import org.objectionhelper.browser.NetworkRecord;
import org.objectionhelper.profile.Confirmation;
import org.objectionhelper.profile.FieldRole;
import org.objectionhelper.profile.FieldSpec;
import org.objectionhelper.profile.FormProfile;
import org.objectionhelper.profile.Locator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * One of Meta's objection forms in the browser, seen through its profile: every element is found by
 * the profile's locators, and the tool opens only addresses the profile allows.
 */
public final class FormPage {
  /**
   * How long one confirmation pattern may search the page's text: far more than a sane one needs.
   */
  private static final Duration PATTERN_BUDGET = Duration.ofSeconds(1);

  /** A visible password field means a login gate, wherever it appears. */
  public static final Locator PASSWORD_FIELD =
      new Locator(Locator.Kind.CSS, "input[type=password]");

  /** The fields the tool can recognise by their role where the profile's locators miss. */
  private static final Set<FieldRole> ROLES =
      EnumSet.of(FieldRole.EMAIL, FieldRole.COUNTRY, FieldRole.REASON);

  private static final AtomicReference<List<String>> COUNTRY_NAMES = new AtomicReference<>();

  private final WebDriver driver;
  private final FormProfile profile;
  private final ElementFinder finder;
  private final Overlay overlay;
  private final Typist typist;
  private final PageActions actions;
  private final PageCapture capture;
  private final Optional<NetworkRecord> network;

  /** Which of the profile's form addresses the page opens: the first until one shows nothing. */
  private int addressIndex;

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
    this.network = network;
    this.profile = profile;
    this.finder = new ElementFinder(driver);
    this.overlay = new Overlay(driver);
    this.typist = new Typist(driver);
    this.actions = new PageActions(driver, profile);
    this.capture = capture;
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

  /** Opens the form's address now in use: the profile's first, until it showed nothing. */
  public void open() {
    navigate(formAddress());
  }

  /** The profile's form address the page opens now. */
  public URI formAddress() {
    return profile.addresses().forms().get(addressIndex);
  }

  /**
   * Moves on to the profile's next form address and opens it.
   *
   * @return false where there is none left (nothing is opened then)
   */
  public boolean openNextAddress() {
    if (addressIndex + 1 >= profile.addresses().forms().size()) {
      return false;
    }
    addressIndex++;
    open();
    return true;
  }

  /** Meta's words that the address shows nothing, if the page says so now. */
  public Optional<String> unavailable() {
    Confirmation words = profile.addresses().unavailable();
    return words.patterns().isEmpty() ? Optional.empty() : firstMatch(words, textOf(words));
  }

  /** Whether {@code address} is Meta's privacy hub, where the person chooses a request. */
  public boolean onPrivacyHub(URI address) {
    return profile
        .addresses()
        .privacyHub()
        .filter(hub -> profile.allows(address) && samePath(address, hub))
        .isPresent();
  }

  /** Opens Meta's Support Inbox at the profile's address; the profile must name one. */
  public void openSupportInbox() {
    navigate(profile.supportInbox().url().orElseThrow());
  }

  /**
   * Logs the person out where the profile names a logout URL, so that the next account's run starts
   * without this one's session; without one, nothing happens.
   */
  public void logOut() {
    profile.logoutUrl().ifPresent(this::navigate);
  }

  private void navigate(URI url) {
    if (!profile.allows(url)) {
      throw new NavigationRefusedException(
          "Refusing to open "
              + url
              + ": its host is not in the allowed hosts of "
              + profile.source());
    }
    try {
      driver.get(url.toString());
    } catch (TimeoutException e) {
      throw new PageNeverLoadedException(url, driver.manage().timeouts().getPageLoadTimeout());
    } catch (WebDriverException e) {
      if (String.valueOf(e.getRawMessage()).contains("net::ERR_")) {
        throw new PageUnreachableException(url, BrowserFailure.summary(e));
      }
      throw e;
    }
  }

  /** Where the browser is now, read once for the checks that follow. */
  public URI address() {
    return URI.create(currentUrl());
  }

  /**
   * Whether the browser shows a page of one of the profile's hosts, the only ones the tool acts on.
   */
  public boolean onAllowedHost() {
    return onAllowedHost(address());
  }

  public boolean onAllowedHost(URI address) {
    return profile.allows(address);
  }

  /** The navigation guard: the tool fills, marks and clicks only on the profile's own hosts. */
  private void requireAllowedHost() {
    if (!onAllowedHost()) {
      throw NavigationRefusedException.onForeignPage(currentUrl(), profile);
    }
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public String title() {
    return driver.getTitle();
  }

  /**
   * Whether the page at {@code address} is Meta's login, by its address or by what it shows: the
   * profile's indicators, or a visible password field wherever it appears, as a person sees a
   * login.
   */
  public boolean loginGateShows(URI address) {
    return loginGate(address).isPresent();
  }

  /** How the login gate at {@code address} was recognised, if one shows. */
  public Optional<String> loginGate(URI address) {
    Optional<String> shown =
        findNow(withPasswordField(profile.login().indicators())).map(Match::how);
    if (shown.isPresent()) {
      return shown;
    }
    String url = address.toString();
    return profile.login().urlContains().stream()
        .filter(url::contains)
        .findFirst()
        .map(part -> "address contains '" + part + "'");
  }

  private static List<Locator> withPasswordField(List<Locator> indicators) {
    List<Locator> all = new ArrayList<>(indicators);
    all.add(PASSWORD_FIELD);
    return all;
  }

  /** Whether {@code address} is the form's address the page opened (any query aside). */
  public boolean atFormAddress(URI address) {
    return profile.allows(address) && samePath(address, formAddress());
  }

  /**
   * How long the page has not changed by itself, counted from the first time this is asked on its
   * document: a page that draws itself by script is read once it holds still.
   */
  public Duration unchangedFor() {
    Object millis = new TopDocument(driver).run(Scripts.named("stillness"));
    return Duration.ofMillis(millis instanceof Number number ? number.longValue() : 0);
  }

  public Match waitFor(FieldSpec field, Duration timeout) {
    return finder.waitFor(fieldName(field), field.locators(), hintFor(field), timeout);
  }

  /** The failure of a field that did not show within {@code waited}. */
  public FormChangedException notFound(FieldSpec field, Duration waited) {
    return finder.notFound(fieldName(field), field.locators(), hintFor(field), waited);
  }

  private static String fieldName(FieldSpec field) {
    return field.name();
  }

  /**
   * The field by the profile's locators, else by its role.
   *
   * @throws AmbiguousFieldException where two elements fit its role equally
   */
  public Optional<Match> findNow(FieldSpec field) {
    // The country's hint is every country's name in two languages: worked out and sent only where
    // the profile's locators find nothing, not on every page the profile fits.
    if (field.role() == FieldRole.COUNTRY && !field.locators().isEmpty()) {
      Optional<Match> byProfile = finder.findNow(field.locators());
      if (byProfile.isPresent()) {
        return byProfile;
      }
    }
    return finder.findNow(field.locators(), hintFor(field));
  }

  /** The Send control by the profile's locators, else by a send word on a clickable element. */
  public Optional<Match> sendControl() {
    return finder.findNow(profile.submit(), Optional.of(sendHint()));
  }

  private Optional<RoleHint> hintFor(FieldSpec field) {
    return ROLES.contains(field.role())
        ? Optional.of(
            new RoleHint(
                field.name(),
                List.of(),
                field.role() == FieldRole.COUNTRY ? countryNames() : List.of()))
        : Optional.empty();
  }

  private RoleHint sendHint() {
    List<String> words =
        profile.submit().stream()
            .filter(l -> l.kind() == Locator.Kind.TEXT)
            .map(Locator::value)
            .toList();
    return new RoleHint("send", words, List.of());
  }

  /** Every country's name in the languages the tool speaks, to recognise a country list by. */
  private static List<String> countryNames() {
    return COUNTRY_NAMES.updateAndGet(
        known ->
            known != null
                ? known
                : Arrays.stream(Locale.getISOCountries())
                    .flatMap(
                        code ->
                            Arrays.stream(Language.values())
                                .map(l -> new Locale("", code).getDisplayCountry(l.locale())))
                    .distinct()
                    .toList());
  }

  /** The first element any of {@code locators} finds now; none for an empty list. */
  public Optional<Match> findNow(List<Locator> locators) {
    return locators.isEmpty() ? Optional.empty() : finder.findNow(locators);
  }

  public String valueOf(Match field) {
    return Optional.ofNullable(field.element().getDomProperty("value")).orElse("");
  }

  /** The fewest characters the field takes, as the page says; 0 where it says nothing. */
  public int minLength(Match field) {
    String minimum = field.element().getDomProperty("minLength");
    return minimum == null || !minimum.matches("\\d+") ? 0 : Integer.parseInt(minimum);
  }

  /** Whether the person cannot change the field's value (a prefilled, read-only address). */
  public boolean readOnly(Match field) {
    return Boolean.parseBoolean(String.valueOf(field.element().getDomProperty("readOnly")));
  }

  /**
   * Types into {@code field}; refuses when the page takes the focus away from it, as the text would
   * go elsewhere.
   */
  public void type(Match field, String text) {
    if (!Boolean.TRUE.equals(actions.run("focus", field.element()))) {
      throw FormChangedException.focusTaken(field);
    }
    typist.type(field.element(), text);
  }

  /**
   * Chooses files in a file input, as the file dialog would, and returns how many it holds then: a
   * form that takes one file only keeps fewer than offered.
   */
  public int upload(Match field, List<Path> files) {
    if (driver instanceof RemoteWebDriver remote && !(driver instanceof ChromiumDriver)) {
      // A browser on another machine (Selenium Grid) gets the files sent along.
      remote.setFileDetector(new LocalFileDetector());
    }
    field
        .element()
        .sendKeys(
            files.stream()
                .map(file -> file.toAbsolutePath().toString())
                .collect(Collectors.joining("\n")));
    Object count =
        ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].files.length", field.element());
    return ((Number) count).intValue();
  }

  /**
   * Chooses a country by its ISO code, or by its name in either language: in a {@code <select>} in
   * one step, in a list the page's script draws as a person does ({@link CustomDropdown}).
   *
   * @return whether the field shows the country now; where not, the person chooses it
   */
  public boolean selectCountry(Match field, String isoCode) {
    Country country = new Country(isoCode);
    Object picked = actions.run("select", field.element(), isoCode, country.names());
    return picked == null
        ? new CustomDropdown(actions, typist, field.element(), country).choose()
        : Boolean.TRUE.equals(picked);
  }

  /** Only a {@code Person} calls this: the tool itself never sends. */
  public void clickSend() {
    requireAllowedHost();
    overlay.clear();
    finder
        .waitFor("send", profile.submit(), Optional.of(sendHint()), Duration.ofSeconds(5))
        .element()
        .click();
  }

  /**
   * The confirmation text Meta shows after a sent objection, if it shows now in the profile's
   * containers.
   */
  public Optional<String> confirmation() {
    return shown(profile.confirmation());
  }

  /**
   * The lines of the page's text in which one of the profile's confirmation patterns shows: Meta's
   * own words, e.g. in its message in the Support Inbox.
   */
  public List<String> confirmationLines() {
    String text = String.valueOf(new TopDocument(driver).run(Scripts.named("page-text")));
    return text.lines()
        .map(String::strip)
        .filter(line -> firstMatch(profile.confirmation(), line).isPresent())
        .distinct()
        .toList();
  }

  /** Whether the page asks a question before the form: choices or a single button, no field. */
  public boolean asksAQuestion() {
    return Boolean.TRUE.equals(new TopDocument(driver).run(Scripts.named("question")));
  }

  /** Starts watching for the moment of Send, with the fields to read at that moment. */
  public SendWatch watchSend(Map<String, Match> fields) {
    return SendWatch.findingSend(driver, profile.submit(), sendHint(), fields)
        .orElseGet(() -> SendWatch.installed(driver, sendControlInAFrame(), fields));
  }

  /**
   * The Send control's visible text, where one shows now: a press on it is the person's Send even
   * where it is no button (a span with a click handler).
   */
  public Optional<String> sendControlText() {
    try {
      return sendControlInAFrame()
          .map(match -> match.element().getText().strip())
          .filter(text -> !text.isEmpty());
    } catch (WebDriverException gone) {
      return Optional.empty();
    }
  }

  /** Two Send controls that fit alike are none: the form's submit still counts. */
  private Optional<Match> sendControlInAFrame() {
    try {
      return sendControl();
    } catch (AmbiguousFieldException twoSendControls) {
      return Optional.empty();
    }
  }

  /** Meta's message that a sent objection failed on its side, if it shows now. */
  public Optional<String> sendError() {
    return shown(profile.sendError());
  }

  /**
   * Clicks the cookie dialog's most privacy-friendly choice, if the dialog shows now; never any
   * other choice.
   *
   * @return whether it was shown and dismissed
   */
  public boolean dismissCookieDialog() {
    Optional<Match> choice = findNow(profile.cookieDismiss());
    choice.ifPresent(
        match -> {
          requireAllowedHost();
          match.element().click();
        });
    return choice.isPresent();
  }

  /** The text of the answer's container (or of the page), where a pattern matches it. */
  private Optional<String> shown(Confirmation answer) {
    return answer.patterns().isEmpty() ? Optional.empty() : matching(answer, textOf(answer));
  }

  private String textOf(Confirmation answer) {
    List<Locator> within = answer.within();
    // A page between two documents has no body for a moment: no answer yet, not a changed form.
    return within.isEmpty()
        ? driver.findElements(By.tagName("body")).stream()
            .findFirst()
            .map(WebElement::getText)
            .orElse("")
        : finder.findNow(within).map(match -> match.element().getText()).orElse("");
  }

  private static Optional<String> matching(Confirmation answer, String text) {
    return firstMatch(answer, text).map(found -> text.strip());
  }

  /** The words of the first pattern that matches {@code text}. */
  private static Optional<String> firstMatch(Confirmation answer, String text) {
    return answer.patterns().values().stream()
        .flatMap(List::stream)
        .map(pattern -> foundIn(pattern, text))
        .flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<String> foundIn(Pattern pattern, String text) {
    try {
      Matcher matcher = pattern.matcher(BoundedText.of(text, PATTERN_BUDGET));
      return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    } catch (BoundedText.TooSlow slow) {
      // Interrupted (Ctrl-C): the flag stays set, and the run ends as interrupted.
      throw new FormChangedException(
          "page.pattern.slow", pattern.pattern(), PATTERN_BUDGET.toMillis());
    }
  }

  public byte[] screenshot() {
    return capture.viewport();
  }

  /** The page as evidence: full page, printed, archived. */
  public PageCapture capture() {
    return capture;
  }

  /** Outlines a field the tool filled, and returns what the field holds then. */
  public String markFilled(Match field) {
    return String.valueOf(actions.run("highlight", field.element(), false));
  }

  /** Outlines a field the person is to fill themselves, unlike those the tool filled. */
  public void markForPerson(Match field) {
    actions.run("highlight", field.element(), true);
  }

  private static boolean samePath(URI a, URI b) {
    return trimSlash(a.getPath()).equals(trimSlash(b.getPath()));
  }

  private static String trimSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
