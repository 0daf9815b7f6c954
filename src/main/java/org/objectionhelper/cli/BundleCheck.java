package org.objectionhelper.cli;

import java.nio.file.Path;
import java.util.Map;
import org.objectionhelper.evidence.ChainVerification;
import org.objectionhelper.evidence.ChainVerifier;
import org.objectionhelper.evidence.EvidenceVerifier;
import org.objectionhelper.mail.KeptMail;

/**
 * All that {@code verify} checks in an evidence folder: the folder and its chain of addenda, and
 * each kept mail's signature checked again. {@code add-mail} adds only to a folder that passes it.
 *
 * @param mails the kept mails, checked again, by the name of their addendum
 */
record BundleCheck(ChainVerification chain, Map<String, KeptMail> mails) {
  BundleCheck {
    mails = Map.copyOf(mails);
  }

  /**
   * @throws org.objectionhelper.evidence.EvidenceException if a file cannot be read
   */
  static BundleCheck of(Path folder) {
    ChainVerification chain = new ChainVerifier(new EvidenceVerifier()).verify(folder);
    return new BundleCheck(chain, KeptMail.in(folder, chain.addenda()));
  }

  boolean mailsAgree() {
    return mails.values().stream().allMatch(KeptMail::agreesWithManifest);
  }

  boolean isIntact() {
    return chain.isIntact() && mailsAgree();
  }
}
