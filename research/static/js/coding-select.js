/* Wijkstem answer page. Turn a selection in the answer into code-point offsets for the coding form, and keep the chosen
   fragment marked (CSS Custom Highlight) when the selection goes as the researcher clicks in the code list.
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

  // Clicking a code clears the browser's selection; this highlight shows what will be coded until it changes.
  var canHighlight = window.CSS && CSS.highlights && typeof window.Highlight === "function";
  function markChosen(range) {
    if (!canHighlight) { return; }
    if (range) { CSS.highlights.set("coding-fragment", new Highlight(range)); }
    else { CSS.highlights.delete("coding-fragment"); }
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
    markChosen(insideAnswer(range));
  }

  // The part of a range that lies in the answer, for the highlight.
  function insideAnswer(range) {
    var part = range.cloneRange();
    if (!answer.contains(part.startContainer)) { part.setStart(answer, 0); }
    if (!answer.contains(part.endContainer)) { part.setEnd(answer, answer.childNodes.length); }
    return part;
  }

  // A range over the answer from UTF-16 offsets, walking its text nodes (the coded marks split the text).
  function rangeOf(startUnits, endUnits) {
    var walker = document.createTreeWalker(answer, NodeFilter.SHOW_TEXT);
    var range = document.createRange();
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var length = node.nodeValue.length;
      if (startUnits >= seen && startUnits <= seen + length) { range.setStart(node, startUnits - seen); }
      if (endUnits >= seen && endUnits <= seen + length) { range.setEnd(node, endUnits - seen); return range; }
      seen += length;
    }
    return null;
  }

  // After a refused submit the server sends the chosen offsets (code points) back: mark that fragment again.
  function markSentBack() {
    if (!/^\d+$/.test(startField.value) || !/^\d+$/.test(endField.value)) { return; }
    var points = Array.from(text);
    var start = points.slice(0, Number(startField.value)).join("").length;
    var end = points.slice(0, Number(endField.value)).join("").length;
    if (end > start && end <= text.length) { markChosen(rangeOf(start, end)); }
  }

  markSentBack();
  document.addEventListener("selectionchange", takeSelection);
  answer.addEventListener("mouseup", takeSelection);
  answer.addEventListener("touchend", takeSelection);
  answer.addEventListener("keyup", takeSelection);
  // Typing in the fragment field means the researcher chose the text by hand: let the server find it.
  fragment.addEventListener("input", function () {
    startField.value = "";
    endField.value = "";
    markChosen(null);
  });
}());

/* The code panel beside the answer reaches from where it starts to the bottom of the window, on any screen and
   under any message above it, so its button stays in view. The CSS max-height is the fallback. */
(function () {
  "use strict";
  var panel = document.querySelector(".code-panel");
  if (!panel) { return; }
  var GAP = 8;  // px kept free below the panel, as above it when it sticks (top: .5rem)
  var waiting = false;

  function fit() {
    waiting = false;
    if (window.getComputedStyle(panel).position !== "sticky") { panel.style.maxHeight = ""; return; }  // a phone
    var top = Math.max(panel.getBoundingClientRect().top, GAP);
    panel.style.maxHeight = Math.max(window.innerHeight - top - GAP, 200) + "px";
  }

  function fitSoon() {
    if (!waiting) { waiting = true; window.requestAnimationFrame(fit); }
  }

  fit();
  window.addEventListener("resize", fitSoon);
  window.addEventListener("scroll", fitSoon, {passive: true});
}());
