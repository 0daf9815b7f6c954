package org.objectionhelper.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.objectionhelper.evidence.AddendumCheck;
import org.objectionhelper.evidence.AddendumManifest;
import org.objectionhelper.evidence.EvidenceException;
import org.objectionhelper.evidence.EvidenceFile;

/**
 * A mail kept in an addendum, its signature checked again against the key kept with it: what a
 * later reader can rely on, since the result its manifest records is only text anyone can edit.
 *
 * @param check what the check finds now
 * @param recorded what the manifest says was found: the DKIM result, and whose signature held
 */
public record KeptMail(MailCheck check, Recorded recorded) {

  /** What an addendum's manifest records of its mail's check, as the facts it wrote. */
  public record Recorded(String dkim, Optional<String> signer) {}

  public KeptMail {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(recorded, "recorded");
  }

  /**
   * Whether the manifest claims no more than the check finds now: a signature that holds only where
   * it holds, and the same signer (an addendum from before signers were recorded names none).
   */
  public boolean agreesWithManifest() {
    boolean holds = check.outcome() == DkimOutcome.PASS;
    return DkimOutcome.PASS.fact().equals(recorded.dkim()) == holds
        && recorded.signer().map(check.signer().fact()::equals).orElse(true);
  }

  /**
   * The mails of every whole addendum of {@code bundle}, checked again, by the addendum's name; an
   * addendum whose files are not as listed is broken already and not read.
   */
  public static Map<String, KeptMail> in(Path bundle, List<AddendumCheck> addenda) {
    Map<String, KeptMail> mails = new LinkedHashMap<>();
    for (AddendumCheck addendum : addenda) {
      addendum
          .manifest()
          .filter(manifest -> addendum.isIntact() && manifest.kind().equals(MailAddendum.KIND))
          .ifPresent(
              manifest ->
                  mails.put(addendum.name(), recheck(bundle.resolve(addendum.name()), manifest)));
    }
    return mails;
  }

  private static KeptMail recheck(Path folder, AddendumManifest manifest) {
    Map<String, String> facts = manifest.facts();
    try {
      byte[] eml = Files.readAllBytes(folder.resolve(MailAddendum.MAIL_FILE));
      KeySource kept =
          listed(manifest, MailAddendum.KEY_FILE)
              ? KeySource.kept(
                  Files.readString(folder.resolve(MailAddendum.KEY_FILE)),
                  MailAddendum.KEY_FILE,
                  KeyOrigin.ofFact(facts.get(MailAddendum.KEY_ORIGIN_FACT)))
              : KeySource.none(MailAddendum.KEY_FILE);
      return new KeptMail(
          new MailChecker(kept).check(eml),
          new Recorded(
              facts.getOrDefault(MailAddendum.DKIM_FACT, ""),
              Optional.ofNullable(facts.get(MailAddendum.SIGNER_FACT))));
    } catch (IOException e) {
      throw new EvidenceException("Could not check the e-mail kept in " + folder, e);
    }
  }

  private static boolean listed(AddendumManifest manifest, String name) {
    return manifest.files().stream().map(EvidenceFile::name).anyMatch(name::equals);
  }
}
