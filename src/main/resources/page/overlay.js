// Shows the tool's guidance as a banner at the top of the page, in the page's flow, so that it
// pushes Meta's content down instead of covering a field or the Send button.
// arguments[0]: the text (set as text, never as markup); null removes the banner and highlights,
// also those in same-origin frames. arguments[1]: the text's language (a screen reader's voice).
// arguments[2], where given: the label of a button in the banner by which the person says they are
// done; a click marks the banner pressed (see banner-pressed.js).
// Run in a frame, it says so first (see TopDocument).
// The flow shows the same text again on every look at the page while it waits: only a new text (or
// button) is written and scrolled to, so that a screen reader announces each text once, the page
// does not jump away from the field the person is typing in, and a pressed button stays pressed.
if (window !== window.top) return 'objection-helper:in-a-frame';
if (!document.body) return;
const BANNER_ID = 'objection-helper-banner';
const MARK = 'data-objection-helper-outline';
let banner = document.getElementById(BANNER_ID);
if (arguments[0] === null) {
  if (banner) banner.remove();
  const unmark = (win) => {
    let doc;
    try {
      doc = win.document;
    } catch (crossOrigin) {
      return;
    }
    doc.querySelectorAll('[' + MARK + ']').forEach((el) => {
      el.setAttribute('style', el.getAttribute(MARK));
      el.removeAttribute(MARK);
    });
    for (let i = 0; i < win.frames.length; i++) unmark(win.frames[i]);
  };
  unmark(window);
  return;
}
if (!banner) {
  banner = document.createElement('div');
  banner.id = BANNER_ID;
  banner.setAttribute('role', 'status');
  banner.setAttribute('aria-live', 'polite');
  banner.style.cssText = [
    'box-sizing:border-box', 'width:100%', 'margin:0', 'padding:16px 24px',
    'background:#101820', 'color:#ffffff', 'border-bottom:6px solid #ffd200',
    'font:600 22px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
    'white-space:pre-line', 'overflow-wrap:anywhere', 'position:relative',
  ].join(';');
  document.body.insertBefore(banner, document.body.firstChild);
}
banner.lang = arguments[1];
// The page's own dialog (a cookie question, Meta's confirmation) stays above the banner, which
// otherwise lies above everything, even a header fixed to the top of the window.
const shown = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
const dialogs = document.querySelectorAll(
  '[role=dialog], [role=alertdialog], [aria-modal=true], dialog[open]');
banner.style.zIndex = Array.from(dialogs).some(shown) ? 'auto' : '2147483647';
const label = arguments[2] || null;
if (banner.dataset.text === arguments[0] && (banner.dataset.label || null) === label) return;
banner.textContent = arguments[0];
banner.dataset.text = arguments[0];
delete banner.dataset.label;
banner.removeAttribute('data-objection-helper-pressed');
if (label) {
  banner.dataset.label = label;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.style.cssText = 'display:block;margin-top:12px;padding:8px 16px;font:inherit;cursor:pointer';
  button.addEventListener('click', () => banner.setAttribute('data-objection-helper-pressed', ''));
  banner.appendChild(button);
}
window.scrollTo(0, 0);
