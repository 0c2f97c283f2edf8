/* Wijkstem coding: keep the suggestion model's status line up to date while a training waits or runs.
   Without this script the page shows the status at load time. No inline scripts (CSP). */
(function () {
  "use strict";
  var line = document.querySelector("[data-training-status]");
  if (!line || !line.hasAttribute("data-busy") || !window.fetch) { return; }
  var url = line.getAttribute("data-status-url");
  var text = line.querySelector("[data-training-text]");
  var bar = line.querySelector("[data-training-progress]");
  var reload = line.querySelector("[data-training-reload]");
  var INTERVAL = 4000;

  function show(status) {
    text.textContent = status.text;
    if (bar) {
      bar.value = status.progress;
      bar.textContent = status.progress + "%";
      bar.hidden = !status.busy;
    }
    if (!status.busy) {
      line.removeAttribute("data-busy");
      if (reload) { reload.hidden = false; }
    }
    return status.busy;
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status && show(status)) { window.setTimeout(poll, INTERVAL); }
      })
      .catch(function () { window.setTimeout(poll, INTERVAL * 3); });
  }

  window.setTimeout(poll, INTERVAL);
}());
