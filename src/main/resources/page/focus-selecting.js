// Puts the caret into a text field with what it holds selected, as a person's triple click does,
// so that what is typed next replaces it; answers whether the field holds the focus then.
// arguments[0]: the field.
arguments[0].focus();
arguments[0].select();
return arguments[0].ownerDocument.activeElement === arguments[0];
