/* Wijkstem capture screen: every answer goes into the tablet's queue while typing and is sent by
   offline-sync.js, so nothing is lost without a network. The page works without this script:
   the form's own buttons save too. No inline script: the CSP forbids it.

   Online, the buttons post the form as usual (with the id of the save it also queued, so a later
   replay from the queue is a harmless repeat). Offline, the buttons move on by a plain page load,
   which the service worker answers from the tablet. */
(function () {
  "use strict";
  var form = document.getElementById("capture-form");
  var Sync = window.WijkstemSync;
  var Store = window.WijkstemStore;
  if (!form || !Sync || !Store) { return; }
  var textarea = form.querySelector("textarea[name=text], input[name=text]");  // input: a number question
  var choices = Array.prototype.slice.call(form.querySelectorAll("input[name=choice]"));
  var version = form.querySelector("input[name=version]");
  var clientId = form.querySelector("input[name=client_id]");
  var key = form.getAttribute("data-key");
  var limit = parseInt(form.getAttribute("data-max-chars"), 10) || 20000;
  var errorEl = document.getElementById("text-error");
  var piiEl = document.getElementById("pii-warning");
  var conflictEl = document.getElementById("conflict");
  var KEEP_DELAY = 300;  // typing goes into the tablet's queue almost at once ...
  var SEND_DELAY = 1500;  // ... and to the server once the typing pauses
  var timer = null;
  var sendTimer = null;
  var edited = false;  // typed before the queue was read: keep what was typed
  var waited = false;
  var queued = currentText();  // the text last handed to the queue
  var ready = start();

  /* The answer as text: what is typed, or the chosen options one per line. */
  function currentText() {
    if (textarea) { return textarea.value; }
    return choices.filter(function (c) { return c.checked; }).map(function (c) { return c.value; }).join("\n");
  }

  function setText(text) {
    if (textarea) { textarea.value = text; return; }
    var values = (text || "").split("\n");
    choices.forEach(function (c) { c.checked = values.indexOf(c.value) >= 0; });
  }

  function item(text, id) {
    return {key: key, text: text, url: form.getAttribute("data-autosave-url"), page: window.location.pathname,
            interview: key.split(":")[0], version: parseInt(form.getAttribute("data-page-version"), 10) || 0,
            clientId: id};
  }

  /* A page may come from the tablet's cache: the queue and the last confirmed text are newer. */
  async function start() {
    var pageVersion = parseInt(form.getAttribute("data-page-version"), 10) || 0;
    var known = await Store.syncKnown(key, pageVersion, currentText());
    var entry = await Sync.entryFor(key);
    if (!edited) {
      setText(entry ? entry.text : known.text);
      queued = currentText();
    }
    version.value = known.version;
    if (entry && entry.state === "conflict") { showConflict(entry); }
    if (entry && entry.state === "failed") { showError(entry.error); }
  }

  function tooLong(text) {
    var length = text.replace(/\r\n/g, "\n").length;
    if (length <= limit) { return false; }
    showError(form.getAttribute("data-text-too-long").replace("{n}", String(length)));
    return true;
  }

  function showError(message) {
    errorEl.textContent = message || "";
    errorEl.hidden = !message;
  }

  /* Hand the current text to the queue (once per change); sending follows when the typing pauses. */
  function queueNow(id) {
    window.clearTimeout(timer);
    var text = currentText();
    if (text === queued) { return Promise.resolve(true); }
    if (tooLong(text)) { return Promise.resolve(false); }
    showError("");
    queued = text;
    return Sync.enqueue(item(text, id)).then(function () {
      window.clearTimeout(sendTimer);
      sendTimer = window.setTimeout(Sync.flush, SEND_DELAY);
      return true;
    });
  }

  function typed() {
    edited = true;
    Sync.typing();
    window.clearTimeout(timer);
    timer = window.setTimeout(queueNow, KEEP_DELAY);
  }

  function showConflict(entry) {
    document.getElementById("conflict-text").textContent = entry.serverText || "";
    conflictEl.hidden = false;
  }

  async function resolve(choice) {
    await ready;
    var entry = await Sync.entryFor(key);
    conflictEl.hidden = true;
    if (!entry || entry.state !== "conflict") { return; }
    if (choice === "theirs") {
      setText(entry.serverText || "");
    } else {
      entry.text = currentText();
    }
    queued = currentText();
    version.value = entry.serverVersion;
    await Sync.resolve(entry, choice);
  }

  Sync.onChange(function (kind, entry, reply) {
    if (entry.key !== key) { return; }
    if (kind === "saved") {
      version.value = reply.version;
      piiEl.textContent = (reply.warnings || []).join(" ");
      piiEl.hidden = !piiEl.textContent;
    } else if (kind === "conflict") {
      showConflict(entry);
    } else if (kind === "failed") {
      showError(entry.error);
    }
  });

  if (textarea) { textarea.addEventListener("input", typed); }
  choices.forEach(function (c) { c.addEventListener("change", typed); });
  window.addEventListener("pagehide", function () { queueNow(); });

  document.getElementById("conflict-theirs").addEventListener("click", function (event) {
    if (conflictEl.hidden) { return; }
    event.preventDefault();
    resolve("theirs");
  });

  form.addEventListener("submit", function (event) {
    var go = event.submitter && event.submitter.value ? event.submitter.value : "volgende";
    window.clearTimeout(timer);
    window.clearTimeout(sendTimer);
    if (go === "blijven" && !conflictEl.hidden) {
      event.preventDefault();
      resolve("mine");
    } else if (tooLong(currentText())) {
      event.preventDefault();
    } else if (!navigator.onLine) {
      event.preventDefault();
      queueNow().then(function (ok) { if (ok) { window.location.assign(form.getAttribute("data-go-" + go)); } });
    } else if (Sync.busy() && !waited) {
      // A save is on its way: wait for it, so the form builds on the version it produces.
      event.preventDefault();
      waited = true;
      Sync.flush().then(function () { form.requestSubmit(event.submitter); });
    } else {
      var id = Store.uuid();
      clientId.value = id;
      queueNow(id);  // the same save, also kept on the tablet until the server confirms it
    }
  });
})();
