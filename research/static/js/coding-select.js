/* Wijkstem coding: turn a selection in the answer into code-point offsets for the coding form.
   Without this script the researcher pastes the fragment; the server then finds it. No inline scripts (CSP). */
(function () {
  "use strict";
  var answer = document.querySelector("[data-selectable]");
  var form = document.querySelector("[data-coding-form]");
  if (!answer || !form) { return; }
  var startField = form.querySelector("[data-selection=start]");
  var endField = form.querySelector("[data-selection=end]");
  var fragment = form.querySelector("textarea[name=fragment]");
  var text = answer.textContent;

  // Characters (UTF-16 units) of the answer before a boundary point.
  function unitsBefore(node, offset) {
    var range = document.createRange();
    range.selectNodeContents(answer);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  // The server counts Unicode code points (Python string indices), not UTF-16 units.
  function codePoints(units) {
    return Array.from(text.slice(0, units)).length;
  }

  function takeSelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    if (!range.intersectsNode(answer)) { return; }
    var start = answer.contains(range.startContainer) ? unitsBefore(range.startContainer, range.startOffset) : 0;
    var end = answer.contains(range.endContainer) ? unitsBefore(range.endContainer, range.endOffset) : text.length;
    if (end <= start) { return; }
    startField.value = String(codePoints(start));
    endField.value = String(codePoints(end));
    fragment.value = text.slice(start, end);
  }

  document.addEventListener("selectionchange", takeSelection);
  answer.addEventListener("mouseup", takeSelection);
  answer.addEventListener("touchend", takeSelection);
  answer.addEventListener("keyup", takeSelection);
  // Typing in the fragment field means the researcher chose the text by hand: let the server find it.
  fragment.addEventListener("input", function () {
    startField.value = "";
    endField.value = "";
  });
}());
