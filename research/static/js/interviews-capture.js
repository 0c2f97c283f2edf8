/* Wijkstem capture screen: save the answer while typing. The page works without this script;
   the form's own buttons always save too. No inline script: the CSP forbids it. */
(function () {
  "use strict";
  var form = document.getElementById("capture-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var textarea = form.querySelector("textarea[name=text]");
  var version = form.querySelector("input[name=version]");
  var token = form.querySelector("input[name=csrf_token]");
  var status = document.getElementById("save-status");
  var url = form.getAttribute("data-autosave-url");
  if (!textarea || !version || !status || !url) { return; }

  var DELAY = 1500;
  var timer = null;
  var saving = false;
  var lastSaved = textarea.value;
  var waitingSubmit = null;

  function show(state, detail) {
    status.textContent = status.getAttribute("data-" + state) + (detail ? ": " + detail : "");
    status.className = "save-status is-" + state;
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, DELAY);
  }

  function body(text) {
    var data = new FormData();
    if (token) { data.append("csrf_token", token.value); }
    data.append("text", text);
    data.append("version", version.value);
    return data;
  }

  function save() {
    timer = null;
    var text = textarea.value;
    if (saving || text === lastSaved) { return; }
    saving = true;
    show("saving");
    fetch(url, {method: "POST", body: body(text), credentials: "same-origin",
                headers: {"Accept": "application/json", "X-CSRFToken": token ? token.value : ""}})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (reply) {
          if (!response.ok || !reply.saved) { throw new Error(reply.error || ""); }
          version.value = reply.version;
          lastSaved = text;
          show("saved");
        });
      })
      .catch(function (error) { show("failed", error && error.message); })
      .then(function () {
        saving = false;
        if (waitingSubmit) { submitNow(); } else if (textarea.value !== lastSaved) { schedule(); }
      });
  }

  function submitNow() {
    var button = waitingSubmit;
    waitingSubmit = null;
    var go = document.createElement("input");
    go.type = "hidden";
    go.name = "go";
    go.value = button && button.value ? button.value : "volgende";
    form.appendChild(go);
    form.submit();
  }

  textarea.addEventListener("input", function () {
    status.textContent = "";
    schedule();
  });

  form.addEventListener("submit", function (event) {
    window.clearTimeout(timer);
    if (saving) {
      // Wait for the running autosave, so the form sends the version it produced.
      event.preventDefault();
      waitingSubmit = event.submitter || null;
    }
  });
})();
