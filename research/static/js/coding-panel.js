/* Wijkstem coding: the code panel beside the answer reaches from where it starts to the bottom of the window, on
   any screen and under any message above it, so its button stays in view. The CSS max-height is the fallback. */
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
