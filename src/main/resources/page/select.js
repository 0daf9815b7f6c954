// Picks an option of a select the way a person's pick does: the option is selected, then the
// select fires input and change. The option is the one with the given value, else the first whose
// text is one of the given names; disabled options are never picked.
// arguments[0]: the select; arguments[1]: the value; arguments[2]: [names].
// Returns whether an option was picked, or null where the element is no select (a list drawn by
// the page's script, which CustomDropdown opens as a person does).
const [select, value, names] = arguments;
const normal = (text) => (text || '').replace(/\s+/g, ' ').trim();
if (select.tagName !== 'SELECT') return null;
const options = Array.from(select.options).filter((option) => !option.disabled);
const option =
  options.find((candidate) => candidate.value === value) ||
  options.find((candidate) => names.includes(normal(candidate.text)));
if (!option) return false;
select.focus();
option.selected = true;
select.dispatchEvent(new Event('input', { bubbles: true }));
select.dispatchEvent(new Event('change', { bubbles: true }));
return true;
