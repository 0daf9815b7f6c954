// Finds the first visible element that matches a profile's locators, tried in order.
// arguments[0]: [{kind, value}], kinds as in Locator.Kind. Returns [element, index] or null.
const locators = arguments[0];
const normal = (text) => (text || '').replace(/\s+/g, ' ').trim().toLowerCase();
const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
const all = (selector) => Array.from(document.querySelectorAll(selector));

function controlOf(label) {
  if (label.htmlFor) return document.getElementById(label.htmlFor);
  return label.querySelector('input, select, textarea');
}

function byLabel(text) {
  const wanted = normal(text);
  const labelled = all('label')
    .filter((label) => normal(label.textContent).startsWith(wanted))
    .map(controlOf);
  const ariaLabelled = all('[aria-labelledby]').filter((el) => {
    const ids = el.getAttribute('aria-labelledby').split(/\s+/);
    const text = ids.map((id) => (document.getElementById(id) || {}).textContent).join(' ');
    return normal(text).startsWith(wanted);
  });
  return labelled.concat(ariaLabelled).filter(Boolean);
}

function byAttribute(attribute, value) {
  return all('[' + attribute + ']').filter((el) => el.getAttribute(attribute) === value);
}

function byText(text) {
  const wanted = normal(text);
  return all('button, [role="button"], a, input[type="submit"]')
    .filter((el) => normal(el.innerText || el.value) === wanted);
}

function byCss(selector) {
  try {
    return all(selector);
  } catch (invalidSelector) {
    return [];
  }
}

const finders = {
  LABEL: byLabel,
  ARIA: (value) => byAttribute('aria-label', value),
  NAME: (value) => byAttribute('name', value),
  PLACEHOLDER: (value) => byAttribute('placeholder', value),
  TEXT: byText,
  CSS: byCss,
};

for (let index = 0; index < locators.length; index++) {
  const found = finders[locators[index].kind](locators[index].value).find(visible);
  if (found) return [found, index];
}
return null;
