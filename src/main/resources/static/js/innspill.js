// Progressive enhancement for Innspill's pages. Every page works without this script; with it,
// the error summary takes focus, text areas count characters, drafts save themselves, and a
// send button cannot be pressed twice.
(function () {
  "use strict";

  function format(template, values) {
    return values.reduce(function (text, value, i) { return text.replace("%" + (i + 1), value); }, template);
  }

  function number(n) {
    return n.toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "nb-NO");
  }

  function codePoints(text) {
    return Array.from(text).length;
  }

  function setUpCounters(form) {
    form.querySelectorAll("textarea[data-limit]").forEach(function (area) {
      var counter = document.getElementById(area.id + "-count");
      if (!counter) return;
      var limit = parseInt(area.getAttribute("data-limit"), 10);
      var timer;
      function update() {
        var used = codePoints(area.value.replace(/\r\n/g, "\n"));
        var over = used - limit;
        counter.textContent = over > 0
          ? format(form.getAttribute("data-over-text"), [number(over)])
          : format(form.getAttribute("data-count-text"), [number(used), number(limit)]);
        counter.setAttribute("data-state", over > 0 ? "over" : "under");
      }
      // screen readers hear the count once typing pauses, not on every key
      counter.setAttribute("aria-live", "off");
      area.addEventListener("input", function () {
        update();
        clearTimeout(timer);
        timer = setTimeout(function () { counter.setAttribute("aria-live", "polite"); counter.textContent = counter.textContent; }, 1000);
      });
      update();
    });
  }

  function setUpAutosave(form) {
    var url = form.getAttribute("data-autosave");
    if (!url || !window.fetch) return;
    var status = document.getElementById("autosave-status");
    var timer, dirty = false, saving = false;
    function save() {
      if (!dirty || saving) return;
      dirty = false;
      saving = true;
      var data = new FormData(form);
      // files are kept when the form is sent by a button, not re-uploaded every little while
      form.querySelectorAll("input[type=file]").forEach(function (input) { data.delete(input.name); });
      fetch(url, { method: "POST", body: data, headers: { "X-Innspill-Autosave": "1" }, credentials: "same-origin" })
        .then(function (response) { return response.status === 200 ? response.json() : null; })
        .then(function (saved) {
          if (!saved) return;
          if (saved.url && form.getAttribute("action") !== saved.url) {
            form.setAttribute("action", saved.url);
            url = saved.url + "/autosave";
            form.setAttribute("data-autosave", url);
            history.replaceState(null, "", saved.url);
            // the language links now open the draft, not an empty form
            document.querySelectorAll(".innspill-lang a[data-lang]").forEach(function (link) {
              if (link.getAttribute("href").charAt(0) !== "#") {
                link.setAttribute("href", saved.url + "?lang=" + link.getAttribute("data-lang"));
              }
            });
          }
          if (status) {
            var now = new Date();
            status.textContent = format(form.getAttribute("data-autosaved-text"),
              [String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0")]);
          }
        })
        .catch(function () { dirty = true; })
        .then(function () { saving = false; });
    }
    form.addEventListener("input", function () {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(save, 2000);
    });
    window.addEventListener("pagehide", save);
    // a button sends the whole form anyway; saving it once more on the way out could make a second draft
    form.addEventListener("submit", function () { dirty = false; clearTimeout(timer); });
  }

  // On a page with its own language buttons (fragments/language-switch) the header's language links
  // press them, so what was typed goes along, saved as a draft, also what autosave had not yet caught.
  function languageLinksKeepTheText() {
    var buttons = document.getElementById("language-switch");
    if (!buttons) return;
    document.querySelectorAll(".innspill-lang a[data-lang]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var button = buttons.querySelector("button[name=switchLanguage][value=" + link.getAttribute("data-lang") + "]");
        if (!button || !button.form) return;
        event.preventDefault();
        button.click();
      });
    });
  }

  // The respondent's fields follow the kind chosen, at once: a private person is not shown the fields only
  // organisations fill in, nor an organisation the private person's choice of name; the name's label and
  // autocomplete say whose name it is. Without JavaScript the page shows them all, each part labelled.
  function fieldsFollowTheKind(form) {
    if (!form.querySelector("[data-kind-switch]")) return;
    var name = form.querySelector("#respondent-name");
    function update() {
      var checked = form.querySelector("input[name='respondent.kind']:checked");
      var kind = checked ? checked.value : null;
      form.querySelectorAll("[data-kind-only]").forEach(function (part) {
        part.hidden = kind !== null && part.getAttribute("data-kind-only") !== kind;
      });
      form.querySelectorAll("[data-label-any]").forEach(function (label) {
        label.textContent = label.getAttribute("data-label-" + (kind || "any"));
      });
      if (name) name.setAttribute("autocomplete", kind === "person" ? "name" : "organization");
    }
    form.querySelectorAll("input[name='respondent.kind']").forEach(function (radio) {
      radio.addEventListener("change", update);
    });
    update();
  }

  // The reason for not publishing online is asked for once the box is ticked.
  function reasonFollowsTheRequest(form) {
    var box = form.querySelector("#publication-online");
    var reason = form.querySelector("[data-publication-reason]");
    if (!box || !reason) return;
    function update() { reason.hidden = !box.checked; }
    box.addEventListener("change", update);
    update();
  }

  function preventDoubleSubmit() {
    document.querySelectorAll("form").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("data-submitted") === "true") {
          event.preventDefault();
          return;
        }
        form.setAttribute("data-submitted", "true");
        setTimeout(function () { form.removeAttribute("data-submitted"); }, 10000);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector("[data-autofocus]");
    if (summary) summary.focus();
    var form = document.getElementById("response-form");
    if (form) {
      setUpCounters(form);
      setUpAutosave(form);
      fieldsFollowTheKind(form);
      reasonFollowsTheRequest(form);
    }
    preventDoubleSubmit();
    languageLinksKeepTheText();
  });
})();
