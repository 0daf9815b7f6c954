// What a person reads as a field's label, for find.js and describe.js (put before them): the texts
// of its <label>s (for it or around it), aria-label, the placeholder, the elements aria-labelledby
// names; or else the nearest text before the field in its group (a <div> or <span> set before the
// input). Each text with its white space collapsed, in the page's own letters.
const CONTROLS = 'input:not([type=hidden]), select, textarea, [role=combobox], [role=textbox]';
const SKIPPED = ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'];
const collapsed = (text) => (text || '').replace(/\s+/g, ' ').trim();

function labelSources(doc, el) {
  const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
  return {
    labels: Array.from(el.labels || []).map((label) => collapsed(label.textContent)),
    aria: collapsed(el.getAttribute('aria-label')),
    placeholder: collapsed(el.getAttribute('placeholder')),
    labelledBy: collapsed(ids.map((id) => (doc.getElementById(id) || {}).textContent).join(' ')),
  };
}

function textBeforeOf(doc, el) {
  let node = el;
  for (let depth = 0; depth < 3 && node && node !== doc.body; depth++) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (SKIPPED.includes(sibling.tagName) || sibling.id === 'objection-helper-banner') continue;
      // Another field's group: its text belongs to that field.
      if (sibling.matches(CONTROLS) || sibling.querySelector(CONTROLS)) return '';
      const text = collapsed(sibling.innerText || sibling.textContent);
      if (text) return text;
    }
    node = node.parentElement;
  }
  return '';
}
