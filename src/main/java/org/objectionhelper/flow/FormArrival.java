package org.objectionhelper.flow;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.objectionhelper.page.FormPage;

/**
 * From the opened address to the form, as a person gets there: through the login, the steps only
 * the person can do, a question or Meta's privacy hub; on to the profile's next address where one
 * shows nothing. Remembers what it met on the way, for the evidence and for {@code probe}.
 */
final class FormArrival {
  private final FlowSettings settings;
  private final Person person;
  private final Narrator narrator;
  private final PatientWait wait;
  private Optional<String> loginGate = Optional.empty();
  private QuestionWait.Before before = QuestionWait.Before.NOTHING;
  private final Map<URI, String> unavailable = new LinkedHashMap<>();

  FormArrival(FlowSettings settings, Person person, Narrator narrator, PatientWait wait) {
    this.settings = settings;
    this.person = person;
    this.narrator = narrator;
    this.wait = wait;
  }

  /**
   * Returns once the form shows on the page {@link FormPage#open} opened, or on a later address.
   *
   * @param stepsBeforeTheForm waits for the profile's person steps that show before the form
   * @throws FlowAbortedException where every address shows nothing
   */
  void untilFormShows(FormPage page, Consumer<FormPage> stepsBeforeTheForm) {
    while (true) {
      Optional<String> gate =
          new LoginWait(settings.loginTimeout(), person, narrator, wait).untilFormShows(page);
      loginGate = loginGate.or(() -> gate);
      stepsBeforeTheForm.accept(page);
      before = new QuestionWait(settings, person, narrator, wait).untilFormShows(page);
      if (before != QuestionWait.Before.UNAVAILABLE) {
        return;
      }
      URI gone = page.formAddress();
      unavailable.put(gone, page.unavailable().orElse(""));
      if (!page.openNextAddress()) {
        throw new FlowAbortedException(
            ExitCode.FORM_UNAVAILABLE,
            narrator
                .messages()
                .text(
                    "abort.addresses.unavailable",
                    page.profile().name(),
                    unavailable.keySet().stream()
                        .map(URI::toString)
                        .collect(Collectors.joining(", "))));
      }
      narrator.say("address.unavailable", gone, page.formAddress());
    }
  }

  /** How the login gate was recognised, if one was seen. */
  Optional<String> loginGate() {
    return loginGate;
  }

  /** Whether the page asked a question before the form. */
  boolean questionFirst() {
    return before == QuestionWait.Before.QUESTION;
  }

  /** Whether the address led to Meta's privacy hub, where the person chose the form. */
  boolean viaPrivacyHub() {
    return before == QuestionWait.Before.PRIVACY_HUB;
  }

  /**
   * The addresses that showed nothing, each with Meta's words, in the order tried; for the manifest
   * and the receipt.
   */
  Map<URI, String> unavailable() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(unavailable));
  }
}
