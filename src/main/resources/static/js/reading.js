// Reading by question: j and k move to the next and previous answer, as the "Neste svar"/"Forrige svar" links do.
// Only an enhancement: without it the links work the same. Keys typed into a field are left alone.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.key !== "j" && event.key !== "k")) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var answers = Array.prototype.slice.call(document.querySelectorAll("article.innspill-answer"));
    if (answers.length === 0) {
      return;
    }
    var current = answers.findIndex(function (a) { return a.contains(document.activeElement); });
    if (current < 0 && location.hash) {
      current = answers.findIndex(function (a) { return "#" + a.id === location.hash; });
    }
    var link = current < 0 ? null
        : answers[current].querySelector(event.key === "j" ? "a[data-reading=next]" : "a[data-reading=previous]");
    if (current < 0 && event.key === "j") {
      answers[0].focus();
      history.replaceState(null, "", "#" + answers[0].id);
      event.preventDefault();
      return;
    }
    if (!link) {
      return;
    }
    event.preventDefault();
    var href = link.getAttribute("href");
    if (href.charAt(0) === "#") {
      var next = document.getElementById(href.substring(1));
      history.replaceState(null, "", href);
      next.focus();
    } else {
      location.href = href;
    }
  });
})();
