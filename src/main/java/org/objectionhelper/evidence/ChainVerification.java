package org.objectionhelper.evidence;

import java.util.List;

/** The check of an evidence folder and of every addendum after it, in the order they were added. */
public record ChainVerification(Verification folder, List<AddendumCheck> addenda) {
  public ChainVerification {
    addenda = List.copyOf(addenda);
  }

  public boolean isIntact() {
    return folder.isIntact() && addenda.stream().allMatch(AddendumCheck::isIntact);
  }
}
