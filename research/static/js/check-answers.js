/* A member check on the key figure's tablet: the answers go through the send queue (offline-sync.js), so
   without a network they stay on the tablet and are sent once it returns; a reload shows them again.
   Sending twice is harmless: the server keeps one answer per key figure and statement. */
(function () {
  "use strict";
  var form = document.getElementById("check-answers");
  var Sync = window.WijkstemSync;
  if (!form || !Sync || !window.FormData) { return; }
  var key = "check:" + form.getAttribute("data-check");
  var notice = document.getElementById("check-notice");

  function say(name, message) {
    notice.textContent = message || form.getAttribute("data-text-" + name) || "";
    notice.className = name === "failed" ? "error" : "notice";
    notice.setAttribute("role", name === "failed" ? "alert" : "status");
    notice.hidden = !notice.textContent;
  }

  function fieldsOf() {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrf_token") { fields[name] = String(value); }
    });
    return fields;
  }

  /* Answers still waiting on this tablet come back after a reload, also without a network. */
  function restore(entry) {
    if (!entry || !entry.fields) { return; }
    Object.keys(entry.fields).forEach(function (name) {
      var value = entry.fields[name];
      Array.prototype.forEach.call(form.elements, function (element) {
        if (element.name !== name) { return; }
        if (element.type === "radio") { element.checked = element.value === value; } else { element.value = value; }
      });
    });
    say(entry.state === "failed" ? "failed" : "kept", entry.error);
  }

  Sync.onChange(function (kind, entry) {
    if (!entry || entry.key !== key) { return; }
    if (kind === "saved") { say("saved"); }
    if (kind === "failed") { say("failed", entry.error); }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var fields = fieldsOf();
    // The text is what the queue compares: the same answers as the ones already sent are not sent again.
    Sync.enqueue({key: key, kind: "check", url: form.action, page: window.location.pathname,
                  text: JSON.stringify(fields), fields: fields}).then(function () {
      say(navigator.onLine ? "sending" : "kept");
      return Sync.flush();
    }).then(function () {
      return Sync.entryFor(key);
    }).then(function (entry) {
      if (!entry) { say("saved"); } else if (entry.state === "pending") { say("kept"); }
    });
  });

  Sync.entryFor(key).then(restore);
})();
