package org.objectionhelper.evidence;

/**
 * Who sent the form, as the browser recorded it: a trusted click or key of the person's, the tool's
 * click after the person typed the word, or the page's own script without either. See
 * docs/ARCHITECTURE.md, "What Meta received".
 */
public enum SentBy {
  /** The person clicked Send (or pressed Enter) in the browser. */
  PERSON,
  /** The person typed the word in the terminal; then the tool clicked Send. */
  TOOL_ON_THE_PERSONS_WORD,
  /** No click or key of the person's came before the request: the page sent it by itself. */
  PAGE_ITSELF,
  /** The browser keeps no record the tool can read (Firefox): the request was not checked. */
  NOT_RECORDED
}
