package org.objectionhelper.flow;

/**
 * What ended up in one field of the form.
 *
 * @param role {@code country}, {@code email} or {@code reason}
 * @param value the value the field holds for review
 * @param note a message key for the person where the field was not filled as asked, else empty
 */
record FilledField(String role, String value, String note) {}
