// What a profile can find an element by, as the page shows it now (for probe --write-profile).
// Put after labels.js. arguments[0]: the element. Returns {label, aria, placeholder, name, text,
// clickable, css}, each '' where the element has none: label is the first text a person reads as
// its label; clickable whether a text locator finds it (a button, a link); css its tag and classes
// where they name it alone on the page.
const el = arguments[0];
const doc = el.ownerDocument;
const read = labelSources(doc, el);
const classes = Array.from(el.classList).map((name) => '.' + CSS.escape(name)).join('');
const css = el.tagName.toLowerCase() + classes;
return {
  clickable: el.matches('button, [role="button"], a, input[type="submit"], input[type="button"]'),
  css: classes && doc.querySelectorAll(css).length === 1 ? css : '',
  label: read.labels.find(Boolean) || read.labelledBy || textBeforeOf(doc, el),
  aria: read.aria,
  placeholder: read.placeholder,
  name: el.getAttribute('name') || '',
  text: collapsed(el.tagName === 'INPUT' ? el.value : el.innerText || el.textContent),
};
