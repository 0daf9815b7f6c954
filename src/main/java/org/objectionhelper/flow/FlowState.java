package org.objectionhelper.flow;

/** The steps of one objection, in order; see docs/ARCHITECTURE.md. */
public enum FlowState {
  OPEN,
  LOGIN_WAIT,
  FILL,
  REVIEW,
  SUBMITTED,
  EVIDENCE,
  DONE,
  ABORTED
}
