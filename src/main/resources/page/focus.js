// Puts the caret into a field, as a person's click would, before text is typed into it; answers
// whether the field holds the focus then (a hostile page may move it elsewhere, into a frame).
// arguments[0]: the field.
arguments[0].focus();
return arguments[0].ownerDocument.activeElement === arguments[0];
