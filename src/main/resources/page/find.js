// Finds the first visible element that matches a profile's locators, tried in order, in the top
// document or else in one of its same-origin frames (a form Meta embeds in an iframe).
// arguments[0]: [{kind, value}], kinds as in Locator.Kind; arguments[1]: whether the search has
// gone down into a frame on purpose. Run in a frame otherwise, it says so (see TopDocument).
// Returns [element, index] when found in this document, the index of the frame (in window.frames)
// to search next when found in a frame, or null.
if (!arguments[1] && window !== window.top) return 'objection-helper:in-a-frame';
const locators = arguments[0];
const normal = (text) => (text || '').replace(/\s+/g, ' ').trim().toLowerCase();
const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);

function search(doc) {
  const all = (selector) => Array.from(doc.querySelectorAll(selector));

  function controlOf(label) {
    if (label.htmlFor) return doc.getElementById(label.htmlFor);
    return label.querySelector('input, select, textarea');
  }

  function byLabel(text) {
    const wanted = normal(text);
    const labelled = all('label')
      .filter((label) => normal(label.textContent).startsWith(wanted))
      .map(controlOf);
    const ariaLabelled = all('[aria-labelledby]').filter((el) => {
      const ids = el.getAttribute('aria-labelledby').split(/\s+/);
      const text = ids.map((id) => (doc.getElementById(id) || {}).textContent).join(' ');
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
}

function sameOriginDocument(frame) {
  try {
    return frame.document;
  } catch (crossOrigin) {
    return null;
  }
}

function foundWithin(win) {
  const doc = sameOriginDocument(win);
  if (!doc) return false;
  if (search(doc)) return true;
  for (let i = 0; i < win.frames.length; i++) {
    if (foundWithin(win.frames[i])) return true;
  }
  return false;
}

const here = search(document);
if (here) return here;
for (let i = 0; i < window.frames.length; i++) {
  if (foundWithin(window.frames[i])) return i;
}
return null;
