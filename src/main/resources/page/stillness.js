// How many milliseconds the top document has gone without a change of its own (nodes, attributes,
// text), counted from the first time the tool asked on this document: a page that draws itself by
// script after loading is read only once it holds still. The tool's own banner is no change.
if (window !== window.top) return 'objection-helper:in-a-frame';
const KEY = Symbol.for('objection-helper.stillness');
let seen = document[KEY];
if (!seen) {
  seen = { last: performance.now() };
  const ours = (node) =>
    node && node.nodeType === Node.ELEMENT_NODE && !!node.closest('#objection-helper-banner');
  const theirs = (record) =>
    !ours(record.target) &&
    !(record.type === 'childList' &&
      [...record.addedNodes, ...record.removedNodes].every((node) => node.id === 'objection-helper-banner'));
  new MutationObserver((records) => {
    if (records.some(theirs)) seen.last = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  Object.defineProperty(document, KEY, { value: seen });
}
return Math.round(performance.now() - seen.last);
