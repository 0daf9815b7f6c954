package org.objectionhelper.flow;

import org.objectionhelper.profile.FieldRole;

/**
 * What ended up in one field of the form.
 *
 * @param value the value the field holds for review
 * @param note a message key for the person where the field was not filled as asked, else empty
 */
record FilledField(FieldRole role, String value, String note) {}
