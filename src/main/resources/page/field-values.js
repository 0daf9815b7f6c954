// What each field holds, by role: the value of an input, select or text area, the chosen value of
// a combobox. fields: {role: element}.
function fieldValues(fields) {
  const valueOf = (el) =>
    el.value !== undefined ? String(el.value) : el.getAttribute('data-value') || el.textContent.trim();
  const values = {};
  Object.entries(fields).forEach(([role, el]) => (values[role] = valueOf(el)));
  return values;
}
