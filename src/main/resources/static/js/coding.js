// Coding a response: a text selected in an answer fills the passage field of that answer's form. Only an enhancement:
// without it the analyst types or pastes the passage, and the server finds it in the answer the same way.
(function () {
  "use strict";
  function fill() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return;
    }
    var node = selection.getRangeAt(0).commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    var text = element && element.closest(".innspill-coding-text");
    if (!text) {
      return;
    }
    var section = text.closest(".innspill-coding-answer");
    var field = section && section.querySelector(".innspill-coding-passage");
    var passage = selection.toString().trim();
    if (field && passage) {
      field.value = passage;
    }
  }
  document.addEventListener("mouseup", fill);
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey || event.key === "Shift") {
      fill();
    }
  });
})();
