// Finds the first visible element that matches a profile's locators, tried in order, in the top
// document or else in one of its same-origin frames (a form Meta embeds in an iframe). Put after
// labels.js; ElementFinder calls it alone, SendWatch before installing its watch (send-watch.js).
// locators: [{kind, value}], kinds as in Locator.Kind; downInAFrame: whether the search has gone
// down into a frame on purpose. Run in a frame otherwise, it says so (see TopDocument).
// hint: where the locators find nothing, the field's role to recognise it by, as a person would, or
// null: {role: email|country|reason|send, words: [send words], countries: [names]}.
// Returns [element, index] when found in this document by a locator, [element, -1, how] when
// recognised by its role, [null, -2, how] when two candidates fit the role equally, the index of
// the frame (in window.frames) to search next when found in a frame, or null.
function findFirst(locators, downInAFrame, hint) {
  if (!downInAFrame && window !== window.top) return 'objection-helper:in-a-frame';
  const normal = (text) => collapsed(text).toLowerCase();
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);

  function search(doc) {
    const all = (selector) => Array.from(doc.querySelectorAll(selector));

    // What a person reads as a field's label (labels.js), each source once per search.
    const cache = new Map();
    function remembered(kind, el, read) {
      if (!cache.has(el)) cache.set(el, {});
      const known = cache.get(el);
      if (!(kind in known)) known[kind] = read(el);
      return known[kind];
    }

    function readLabels(el) {
      const read = labelSources(doc, el);
      return read.labels.concat(read.aria, read.placeholder, read.labelledBy).map(normal).filter(Boolean);
    }

    function textBefore(el) {
      return normal(textBeforeOf(doc, el));
    }

    function byLabel(text) {
      const wanted = normal(text);
      const reads = (label) => label.startsWith(wanted);
      // A control, or a group a label names (a question's radio group).
      return all(CONTROLS + ', [aria-labelledby]').filter(
        (el) => remembered('labels', el, readLabels).some(reads) || reads(remembered('before', el, textBefore)));
    }

    function byAttribute(attribute, value) {
      return all('[' + attribute + ']').filter((el) => el.getAttribute(attribute) === value);
    }

    function byText(text) {
      const wanted = normal(text);
      return all('button, [role="button"], a, input[type="submit"], input[type="button"]')
        .filter((el) => normal(el.innerText || el.value) === wanted);
    }

    function byCss(selector) {
      try {
        return all(selector);
      } catch (invalidSelector) {
        return [];
      }
    }

    const finders = {
      LABEL: byLabel,
      ARIA: (value) => byAttribute('aria-label', value),
      NAME: (value) => byAttribute('name', value),
      PLACEHOLDER: (value) => byAttribute('placeholder', value),
      TEXT: byText,
      CSS: byCss,
    };

    // The best-scoring visible candidates for the role and why they fit; two equal ones are a tie.
    function byRole(hint) {
      const scored = roles[hint.role](hint).filter(([el]) => visible(el)).filter(([, score]) => score > 0);
      if (!scored.length) return null;
      const best = Math.max(...scored.map(([, score]) => score));
      const top = scored.filter(([, score]) => score === best);
      return [top.length === 1 ? top[0][0] : null, top.length === 1 ? -1 : -2, top[0][2]];
    }

    function tokens(el) {
      return ((el.getAttribute('name') || '') + ' ' + el.id).toLowerCase().split(/[^a-z]+/);
    }

    function ownText(el) {
      return normal(el.tagName === 'INPUT' ? el.value : el.innerText || el.textContent);
    }

    function optionsOf(el) {
      if (el.tagName === 'SELECT') return Array.from(el.options).map((o) => [o.value, o.text]);
      const list = doc.getElementById(el.getAttribute('aria-controls') || '') || el;
      return Array.from(list.querySelectorAll('[role=option]')).map((o) => [o.getAttribute('data-value') || '', o.textContent]);
    }

    const roles = {
      email: () =>
        all('input:not([type]), input[type=email], input[type=text]').map((el) => {
          const why = [];
          if (el.type === 'email') why.push('type=email');
          if ((el.getAttribute('autocomplete') || '').split(/\s+/).includes('email')) why.push('autocomplete=email');
          if (tokens(el).some((t) => t === 'email' || t === 'mail')) why.push('name or id');
          const labels = remembered('labels', el, readLabels).concat(remembered('before', el, textBefore));
          if (labels.some((label) => /\be-?mail/.test(label))) why.push('label words');
          return [el, why.length, 'e-mail by ' + why.join(', ')];
        }),
      country: (hint) => {
        const names = new Set(hint.countries.map(normal));
        return all('select, [role=combobox]').map((el) => {
          const options = optionsOf(el).filter(([value, text]) => value || normal(text));
          const countries = options.filter(([value, text]) => /^[A-Z]{2}$/.test(value) || names.has(normal(text)));
          const fits = options.length >= 10 && countries.length >= options.length * 0.8;
          return [el, fits ? 1 : 0, 'country by its options (' + countries.length + ' countries)'];
        });
      },
      reason: () => all('textarea').map((el) => [el, 1, "reason as the form's text area"]),
      send: (hint) => {
        const words = hint.words.map(normal);
        const said = all('button, input[type=submit], input[type=button], [role=button], a, span, div')
          .filter((el) => words.includes(ownText(el)));
        // The innermost element that says the word, the one a person's click lands on.
        return said
          .filter((el) => !said.some((other) => other !== el && el.contains(other)))
          .map((el) => [el, 1, 'send by its word "' + ownText(el) + '"']);
      },
    };

    for (let index = 0; index < locators.length; index++) {
      const found = finders[locators[index].kind](locators[index].value).find(visible);
      if (found) return [found, index];
    }
    return hint ? byRole(hint) : null;
  }

  function sameOriginDocument(frame) {
    try {
      return frame.document;
    } catch (crossOrigin) {
      return null;
    }
  }

  function foundWithin(win) {
    const doc = sameOriginDocument(win);
    if (!doc) return false;
    if (search(doc)) return true;
    for (let i = 0; i < win.frames.length; i++) {
      if (foundWithin(win.frames[i])) return true;
    }
    return false;
  }

  const here = search(document);
  if (here) return here;
  for (let i = 0; i < window.frames.length; i++) {
    if (foundWithin(window.frames[i])) return i;
  }
  return null;
}
