// Outlines an element the tool filled, remembering the page's own style to restore it, and returns
// what the element holds then: the value as typed or picked. A field left for the person to fill
// is outlined dashed and red instead, so that it reads as still to do, not done. The outline would
// hide the browser's focus ring, so while the element has the focus it turns dark instead: a person
// moving through the form with Tab still sees where they are.
// arguments[0]: the element; arguments[1]: whether the person is to fill it.
const [el, forPerson] = arguments;
const MARK = 'data-objection-helper-outline';
const outline = (focused) => {
  if (!el.hasAttribute(MARK)) return;
  const line = forPerson ? '4px dashed ' : '4px solid ';
  el.style.outline = line + (focused ? '#101820' : forPerson ? '#c4001a' : '#ffb000');
  el.style.outlineOffset = '2px';
};
if (!el.hasAttribute(MARK)) {
  el.setAttribute(MARK, el.getAttribute('style') || '');
  el.addEventListener('focus', () => outline(true));
  el.addEventListener('blur', () => outline(false));
}
// outlined now even where the tool's typing left the focus: the filled form is captured like this
outline(false);
return el.value === undefined ? '' : String(el.value);
