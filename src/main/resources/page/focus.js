// Puts the caret into a field, as a person's click would, before text is typed into it.
// arguments[0]: the field.
arguments[0].focus();
