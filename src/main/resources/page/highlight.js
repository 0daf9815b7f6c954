// Outlines an element the tool filled, remembering the page's own style to restore it, and returns
// what the element holds then: the value as typed or picked.
// arguments[0]: the element.
const el = arguments[0];
const MARK = 'data-objection-helper-outline';
if (!el.hasAttribute(MARK)) el.setAttribute(MARK, el.getAttribute('style') || '');
el.style.outline = '4px solid #ffb000';
el.style.outlineOffset = '2px';
return el.value === undefined ? '' : String(el.value);
