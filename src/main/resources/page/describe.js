// What a profile can find an element by, as the page shows it now (for probe --write-profile).
// Put after labels.js. arguments[0]: the element. Returns {label, aria, placeholder, name, text},
// each '' where the element has none: label is the first text a person reads as its label.
const el = arguments[0];
const doc = el.ownerDocument;
const read = labelSources(doc, el);
return {
  label: read.labels.find(Boolean) || read.labelledBy || textBeforeOf(doc, el),
  aria: read.aria,
  placeholder: read.placeholder,
  name: el.getAttribute('name') || '',
  text: collapsed(el.tagName === 'INPUT' ? el.value : el.innerText || el.textContent),
};
