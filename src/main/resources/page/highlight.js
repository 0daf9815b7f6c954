// Outlines an element the tool filled, remembering the page's own style to restore it, and returns
// what the element holds then: the value as typed or picked. The outline would hide the browser's
// focus ring, so while the element has the focus it turns dark instead: a person moving through
// the form with Tab still sees where they are.
// arguments[0]: the element.
const el = arguments[0];
const MARK = 'data-objection-helper-outline';
const outline = (focused) => {
  if (!el.hasAttribute(MARK)) return;
  el.style.outline = focused ? '4px solid #101820' : '4px solid #ffb000';
  el.style.outlineOffset = '2px';
};
if (!el.hasAttribute(MARK)) {
  el.setAttribute(MARK, el.getAttribute('style') || '');
  el.addEventListener('focus', () => outline(true));
  el.addEventListener('blur', () => outline(false));
}
// yellow now even where the tool's typing left the focus: the filled form is captured like this
outline(false);
return el.value === undefined ? '' : String(el.value);
