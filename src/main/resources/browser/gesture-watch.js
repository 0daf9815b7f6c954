// Runs in objection-helper's own isolated world of every document (see browser/NetworkRecord):
// the page's scripts can neither see nor change this world's objects, and only events the browser
// itself dispatches (a person's click or key, or WebDriver's) are trusted. Reports each trusted
// activation, what it hit and when, through a binding that exists only in this world.
(() => {
  if (globalThis.__objectionHelperGestureWatch) return;
  globalThis.__objectionHelperGestureWatch = true;
  const describe = (target) => {
    const el = target instanceof Element ? target : target && target.parentElement;
    if (!el) return {};
    const control = el.closest('button, input, [role=button], a, [role=link], [type=submit]') || el;
    return {
      tag: control.tagName.toLowerCase(),
      type: String(control.getAttribute('type') || ''),
      role: String(control.getAttribute('role') || ''),
      text: String(control.innerText || control.value || control.getAttribute('aria-label') || '')
        .trim().slice(0, 80),
    };
  };
  const note = (kind, event) => {
    // The binding is looked up at each event: the browser may add it to this world after the
    // script ran.
    const report = globalThis.__objectionHelperGesture;
    if (!event.isTrusted || typeof report !== 'function') return;
    report(JSON.stringify({ kind, at: Date.now(), target: describe(event.target) }));
  };
  window.addEventListener('click', (event) => note('click', event), true);
  // A trusted input event is an edit the person typed (or pasted): a page's script that sets a
  // value fires none. What the field holds then is theirs, not what the tool filled.
  window.addEventListener('input', (event) => {
    const field = event.target;
    const report = globalThis.__objectionHelperGesture;
    if (!event.isTrusted || typeof report !== 'function' || !(field instanceof Element)) return;
    if (!/^(INPUT|TEXTAREA)$/.test(field.tagName) || !field.name) return;
    report(JSON.stringify({
      kind: 'edit', at: Date.now(), target: describe(field),
      edit: { name: field.name, value: String(field.value) },
    }));
  }, true);
  // Enter and Space act on a button or send a form; in a text they are only typed (Enter in a
  // one-line field sends its form).
  const inText = (target) => target instanceof Element
    && target.closest('textarea, [contenteditable]:not([contenteditable=false])') !== null;
  const inField = (target) => target instanceof Element && target.tagName === 'INPUT'
    && !/^(submit|button|checkbox|radio|reset)$/i.test(target.type);
  window.addEventListener('keydown', (event) => {
    if (inText(event.target)) return;
    if (event.key === 'Enter' || (event.key === ' ' && !inField(event.target))) note('key', event);
  }, true);
})();
