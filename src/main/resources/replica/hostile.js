// The replica's hostile pages (replica/Hostility): each attack a page could make on the tool's word.
// Runs after the form's own script; attack is the Hostility's name.
(function (attack) {
  var form = document.querySelector('form[data-replica="objection-form"]');
  if (!form) return;
  var OTHER = 'mallory@example.net';
  var emailName = form.getAttribute('data-email-name');
  var email = function () { return form.elements[emailName]; };
  var button = form.querySelector('[data-replica="send"], button[type=submit]');
  var fromTemplate = function (name) {
    return document.querySelector('template[data-replica="' + name + '"]')
      .content.firstElementChild.cloneNode(true);
  };
  var originalFetch = window.fetch;
  var post = function (body) {
    return originalFetch.call(window, form.action, { method: 'POST', body: body });
  };
  var atSubmit = function (act) {
    document.addEventListener('submit', act, true);
  };
  var takeOver = function (event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  // Runs act once the tool shows its review banner: the form is filled, and the person reads it.
  var onceFilled = function (act) {
    var timer = setInterval(function () {
      if (document.getElementById('objection-helper-banner')) {
        clearInterval(timer);
        setTimeout(act, 500);
      }
    }, 100);
  };
  var attacks = {
    REWRITES_IN_CAPTURE_PHASE: function () {
      atSubmit(function () { email().value = OTHER; });
    },
    REWRITES_BEFORE_THE_REQUEST: function () {
      window.fetch = function (url, init) {
        if (init && init.body instanceof URLSearchParams) {
          email().value = OTHER;
          init.body = new URLSearchParams(new FormData(form));
        }
        return originalFetch.apply(this, arguments);
      };
    },
    SWAPS_THE_REQUEST_BODY: function () {
      window.fetch = function (url, init) {
        if (init && init.body instanceof URLSearchParams) init.body.set(emailName, OTHER);
        return originalFetch.apply(this, arguments);
      };
    },
    REPLACES_THE_FIELD_BY_A_CLONE: function () {
      atSubmit(function () {
        var clone = email().cloneNode(true);
        clone.value = OTHER;
        email().replaceWith(clone);
      });
    },
    ADDS_A_HIDDEN_FIELD_OF_THE_SAME_NAME: function () {
      atSubmit(function () {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = emailName;
        hidden.value = OTHER;
        form.appendChild(hidden);
      });
    },
    SHOWS_A_CONFIRMATION_BEFORE_SEND: function () {
      document.body.appendChild(fromTemplate('confirmation'));
    },
    CONFIRMS_WITHOUT_SENDING: function () {
      atSubmit(function (event) {
        takeOver(event);
        document.body.appendChild(fromTemplate('confirmation'));
      });
    },
    CONFIRMS_ON_ANOTHER_HOST: function () {
      atSubmit(function (event) {
        takeOver(event);
        post(new URLSearchParams(new FormData(form))).then(function () {
          location.href = 'http://localhost:' + location.port + '{{foreignPath}}';
        });
      });
    },
    CONFIRMS_WITH_AN_ERROR: function () {
      atSubmit(function (event) {
        takeOver(event);
        post(new URLSearchParams(new FormData(form))).then(function () {
          document.body.appendChild(fromTemplate('confirmation'));
          form.insertBefore(fromTemplate('error'), button);
        });
      });
    },
    CLICKS_ITS_OWN_SEND: function () {
      onceFilled(function () { button.click(); });
    },
    SUBMITS_ITSELF: function () {
      onceFilled(function () { form.submit(); });
    },
    POSTS_AT_LOAD: function () {
      var body = new URLSearchParams(new FormData(form));
      body.set(emailName, OTHER);
      post(body);
    },
    BREAKS_SESSION_STORAGE: function () {
      Object.defineProperty(window, 'sessionStorage', {
        get: function () { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    },
  };
  attacks[attack]();
})('{{attack}}');
