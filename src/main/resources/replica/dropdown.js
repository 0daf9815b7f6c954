// The country list of a page that draws its options only while the list is open, as pages built
// with a script framework do (Variety.CountryField): LAZY_LISTBOX draws them after the control and
// opens on a click; PORTAL_LISTBOX draws them in a layer at the end of the body, names it in
// aria-controls while open, and opens by the keyboard (ArrowDown, Enter, Space) or its arrow button,
// not by a click on its text, and its options carry only their names (the codes stay in the
// script); FILTER_INPUT draws those whose name begins with what is typed. Every one draws its
// options 150 to 400 ms after opening, as after a fetch, and removes them on closing.
// ArrowDown and ArrowUp move aria-activedescendant, Enter or a click chooses, Escape closes; the
// chosen ISO code goes into the hidden field the form sends.
(function () {
  var control = document.querySelector("[data-replica-dropdown]");
  var shape = control.getAttribute("data-replica-dropdown");
  var listId = control.getAttribute("data-list-id");
  var chosen = control.closest("form").elements[control.getAttribute("data-name")];
  var countries = document.querySelector('template[data-replica="countries"]').content;
  var typed = control.tagName === "INPUT";
  var layer = null; // the drawn list, or the portal around it
  var timer = null;
  var active = -1;
  var codes = {}; // option id: ISO code

  function expanded() {
    return control.getAttribute("aria-expanded") === "true";
  }

  function options() {
    return layer ? Array.prototype.slice.call(layer.querySelectorAll("[role=option]")) : [];
  }

  function open() {
    clearTimeout(timer);
    control.setAttribute("aria-expanded", "true");
    timer = setTimeout(draw, 150 + Math.random() * 250);
  }

  function draw() {
    removeList();
    var filter = typed ? control.value.trim().toLowerCase() : "";
    var list = document.createElement("ul");
    list.setAttribute("role", "listbox");
    list.id = listId;
    list.style.cssText =
      "list-style:none;margin:0;padding:0;max-height:15em;overflow:auto;background:#fff;border:1px solid #ccd0d5";
    Array.prototype.forEach.call(countries.children, function (item) {
      if (item.textContent.toLowerCase().indexOf(filter) !== 0) return;
      var option = item.cloneNode(true);
      option.id = listId + "-" + item.getAttribute("data-value");
      codes[option.id] = item.getAttribute("data-value");
      if (shape === "PORTAL_LISTBOX") option.removeAttribute("data-value");
      list.appendChild(option);
    });
    // Pressing an option leaves the focus in the control, as such lists do.
    list.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) choose(option);
    });
    if (shape === "PORTAL_LISTBOX") {
      var box = control.getBoundingClientRect();
      layer = document.createElement("div");
      layer.style.cssText =
        "position:absolute;z-index:10;left:" + (box.left + window.scrollX) + "px;top:" +
        (box.bottom + window.scrollY) + "px;width:" + box.width + "px";
      layer.appendChild(list);
      document.body.appendChild(layer);
      control.setAttribute("aria-controls", listId);
    } else {
      layer = list;
      control.insertAdjacentElement("afterend", list);
    }
    active = -1;
  }

  function removeList() {
    if (layer) layer.remove();
    layer = null;
  }

  function close() {
    clearTimeout(timer);
    removeList();
    control.setAttribute("aria-expanded", "false");
    control.removeAttribute("aria-activedescendant");
    if (shape === "PORTAL_LISTBOX") control.removeAttribute("aria-controls");
  }

  function choose(option) {
    chosen.value = codes[option.id];
    if (typed) {
      control.value = option.textContent;
    } else {
      control.textContent = option.textContent;
      control.setAttribute("data-value", chosen.value);
    }
    close();
  }

  function move(step) {
    var all = options();
    if (!all.length) return;
    active = Math.max(0, Math.min(all.length - 1, active + step));
    all.forEach(function (option, index) {
      option.setAttribute("aria-selected", String(index === active));
    });
    control.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  control.addEventListener("keydown", function (event) {
    var key = event.key;
    if (!expanded()) {
      if (key === "ArrowDown" || (!typed && (key === "Enter" || key === " "))) {
        event.preventDefault();
        open();
      }
      return;
    }
    if (key === "ArrowDown" || key === "ArrowUp") {
      event.preventDefault();
      move(key === "ArrowDown" ? 1 : -1);
    } else if (key === "Enter") {
      event.preventDefault();
      if (active >= 0) choose(options()[active]);
    } else if (key === "Escape") {
      close();
    }
  });

  if (typed) {
    control.addEventListener("input", function () {
      if (control.value.trim()) {
        open();
      } else {
        close();
      }
    });
  } else if (shape === "LAZY_LISTBOX") {
    control.addEventListener("click", function () {
      if (expanded()) {
        close();
      } else {
        open();
      }
    });
  } else {
    document.querySelector('[data-replica="dropdown-arrow"]').addEventListener("click", function () {
      control.focus();
      if (expanded()) {
        close();
      } else {
        open();
      }
    });
  }
})();
