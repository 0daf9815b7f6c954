// Notes the moment of Send in the page, whoever clicks it: a click on the Send control, the form's
// submit, and the first request the page posts after either (fetch or XMLHttpRequest), with the
// fields' values read as the form goes out. Kept in sessionStorage, so that it outlives a confirmation
// that replaces the page on the same origin. Installed at review; installing again only renews
// the element references. send: the Send control or null; fields: {role: element}; fresh: whether
// to forget a moment noted before (a new review). Put after field-values.js.
const SEND_NOTICE_KEY = 'objection-helper-sent';

// The notice as kept; a page whose sessionStorage throws keeps it in the window instead.
function readNotice() {
  try {
    return sessionStorage.getItem(SEND_NOTICE_KEY);
  } catch (broken) {
    return window.__objectionHelperSent || null;
  }
}

function keepNotice(text) {
  window.__objectionHelperSent = text;
  try {
    if (text === null) sessionStorage.removeItem(SEND_NOTICE_KEY);
    else sessionStorage.setItem(SEND_NOTICE_KEY, text);
  } catch (broken) {
    // kept in the window above
  }
}

function watchSend(send, fields, fresh) {
  if (fresh) keepNotice(null);
  const anchor = send || Object.values(fields)[0];
  const win = anchor ? anchor.ownerDocument.defaultView : window;
  win.__objectionHelperWatch = { send, fields };
  if (win.__objectionHelperWatching) return true;
  win.__objectionHelperWatching = true;

  // A click alone is not a Send (the browser may refuse an invalid form): it counts once the form's
  // submit or a request of the page follows it.
  function note(how) {
    const watch = win.__objectionHelperWatch;
    const known = JSON.parse(readNotice() || 'null');
    if (how === 'click') {
      watch.clickedAt = Date.now();
      return;
    }
    if (how === 'request' && !known && !watch.clickedAt) return;
    const noted = known || { at: watch.clickedAt || Date.now(), how, values: fieldValues(watch.fields) };
    if (how === 'request' && !noted.requestAt) noted.requestAt = Date.now();
    keepNotice(JSON.stringify(noted));
  }

  win.document.addEventListener('click', (event) => {
    const control = win.__objectionHelperWatch.send;
    if (control && control.contains(event.target)) note('click');
  }, true);
  win.document.addEventListener('submit', () => note('submit'), true);
  const fetch = win.fetch;
  win.fetch = function (resource, init) {
    if (init && String(init.method || 'GET').toUpperCase() === 'POST') note('request');
    return fetch.apply(this, arguments);
  };
  const xhrSend = win.XMLHttpRequest.prototype.send;
  win.XMLHttpRequest.prototype.send = function () {
    note('request');
    return xhrSend.apply(this, arguments);
  };
  return true;
}
