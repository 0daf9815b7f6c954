package org.objectionhelper.flow;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectionhelper.profile.FieldRole;

/**
 * What the person asked to file. The same request serves every platform of a run.
 *
 * @param country ISO 3166 alpha-2 code, where the form asks for one
 * @param reason the optional explanation, as plain text
 * @param name the person's full name, where the form asks for it (the third-party-data form)
 * @param prompt the prompts that made Meta's AI show the person's data, as plain text
 * @param attachments screenshots (or PDFs) of that answer, to upload
 * @param consent how the person asked for this run, for the evidence (e.g. the command they typed)
 */
public record ObjectionRequest(
    String email,
    Optional<String> country,
    Optional<String> reason,
    Optional<String> name,
    Optional<String> prompt,
    List<Attachment> attachments,
    String consent) {
  private static final String CONSENT_NOT_RECORDED = "not recorded";

  public ObjectionRequest {
    attachments = List.copyOf(attachments);
  }

  /**
   * An objection: the e-mail address, and where given the country and the reason. The caller does
   * not say how the person consented; the evidence says so.
   */
  public ObjectionRequest(String email, Optional<String> country, Optional<String> reason) {
    this(
        email,
        country,
        reason,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        CONSENT_NOT_RECORDED);
  }

  public ObjectionRequest withConsent(String howThePersonAsked) {
    return new ObjectionRequest(
        email, country, reason, name, prompt, attachments, howThePersonAsked);
  }

  /** What the request says for a field of the form, by the field's role; empty where nothing. */
  public Optional<String> value(FieldRole role) {
    return switch (role) {
      case EMAIL -> Optional.of(email);
      case COUNTRY -> country;
      case REASON -> reason;
      case NAME -> name;
      case PROMPT -> prompt;
      case ATTACHMENT ->
          attachments.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  attachments.stream().map(Attachment::name).collect(Collectors.joining(", ")));
    };
  }

  /** The fields this request fills, by role. */
  public Set<FieldRole> roles() {
    return Arrays.stream(FieldRole.values())
        .filter(role -> value(role).isPresent())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(FieldRole.class)));
  }

  /** The same request for another account, known by its e-mail address. */
  public ObjectionRequest forAccount(String accountEmail) {
    return new ObjectionRequest(accountEmail, country, reason, name, prompt, attachments, consent);
  }
}
