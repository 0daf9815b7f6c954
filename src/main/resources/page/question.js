// Whether the page asks something before the form: no field to type into or choose from shows,
// but choices (radio buttons, check boxes) do, or a single button to go on.
if (window !== window.top) return 'objection-helper:in-a-frame';
const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
const shown = (selector) => Array.from(document.querySelectorAll(selector)).filter(visible);
if (shown('input:not([type]), input[type=text], input[type=email], textarea, select, [role=combobox]').length) {
  return false;
}
const choices = shown('input[type=radio], input[type=checkbox], [role=radio]').length;
const buttons = shown('button, [role=button], input[type=submit], input[type=button]').length;
return choices > 0 || buttons === 1;
