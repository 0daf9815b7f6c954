// Reads a list that is no select as a person sees it (CustomDropdown): a control with
// role=combobox whose options (role=option) may exist only while it is open, in the list the control
// names (aria-controls, aria-owns), inside it, or else anywhere in the page (a layer at the end of
// the body). Only visible options count, never a disabled one nor one that would send the form.
// arguments[0]: the control; [1]: the country's ISO code; [2]: [its names]; [3]: the text the
// control should show once the country is chosen, or ''.
// Returns {typable, submits, language, expanded, listed, choice, choiceText, showsChoice}:
// expanded is the control's aria-expanded (null where it does not say), listed whether options
// show, choice the option that is the country (or null).
const [control, code, names, chosenText] = arguments;
const normal = (text) => (text || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
const submits = (el) => {
  const button = el.closest('button, input[type=submit], input[type=image]');
  return !!button && !!button.form && ['submit', 'image'].includes(button.type);
};
const usable = (option) => visible(option) && option.getAttribute('aria-disabled') !== 'true' && !submits(option);
const optionsIn = (root) => Array.from(root.querySelectorAll('[role=option]')).filter(usable);

const named = ((control.getAttribute('aria-controls') || '') + ' ' + (control.getAttribute('aria-owns') || ''))
  .split(/\s+/)
  .map((id) => id && document.getElementById(id))
  .filter(Boolean);
let options = named.concat([control]).flatMap(optionsIn);
if (!options.length) options = optionsIn(document);

const wanted = names.map(normal);
const isCode = (option) =>
  [option.getAttribute('data-value'), option.getAttribute('value')].some((v) => (v || '').toUpperCase() === code);
const choice = options.find(isCode) || options.find((option) => wanted.includes(normal(option.textContent)));

// The control shows the chosen name as its value, or among the words of its text (beside an arrow).
const shown = (text) => (' ' + normal(text) + ' ').includes(' ' + normal(chosenText) + ' ');
const expanded = control.getAttribute('aria-expanded');
return {
  // Any input is typed into, never given Enter: Enter in an input can send its form.
  typable: control.tagName === 'INPUT',
  submits: submits(control),
  language: (document.documentElement.lang || '').slice(0, 2).toLowerCase(),
  expanded: expanded === null ? null : expanded === 'true',
  listed: options.length > 0,
  choice: choice || null,
  choiceText: choice ? choice.textContent : '',
  showsChoice: !!chosenText && (normal(control.value) === normal(chosenText) || shown(control.innerText)),
};
