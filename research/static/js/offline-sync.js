/* Wijkstem offline sync: sends the tablet's queued answers in order, exactly once, and shows the state:
   opgeslagen / bezig / wacht op verbinding / offline, and how many answers wait. Also registers the
   service worker (pages keep working without a network) and guards logging out on a shared tablet. */
(function () {
  "use strict";
  var bar = document.getElementById("sync-bar");
  var Store = window.WijkstemStore;
  if (!bar || !Store || !window.fetch || !window.Promise) { return; }
  var user = bar.getAttribute("data-user");
  var token = bar.getAttribute("data-csrf");
  var stateEl = document.getElementById("save-status");
  var countEl = document.getElementById("sync-count");
  var problemEl = document.getElementById("sync-problem");
  var listeners = [];
  var flushing = null;
  var trouble = "";  // "", "network", "server" or "login": why the last send stopped
  var retryTimer = null;
  var retryDelay = 2000;
  bar.hidden = false;

  function text(name) { return bar.getAttribute("data-text-" + name) || ""; }
  function delay(ms) { return new Promise(function (done) { window.setTimeout(done, ms); }); }
  function own(entries) { return entries.filter(function (e) { return e.user === user; }); }
  function notify(kind, entry, reply) { listeners.forEach(function (listener) { listener(kind, entry, reply); }); }

  /* Show the state and the number of answers waiting; called after every change. */
  function render(busy) {
    return Store.all().then(function (entries) {
      var mine = own(entries);
      var conflicts = mine.filter(function (e) { return e.state === "conflict"; });
      var failed = mine.filter(function (e) { return e.state === "failed"; });
      var state = "saved";
      if (!navigator.onLine) { state = "offline"; }
      else if (busy) { state = "saving"; }
      else if (trouble === "login") { state = "login"; }
      else if (trouble) { state = "waiting"; }
      else if (conflicts.length) { state = "conflict"; }
      else if (failed.length) { state = "failed"; }
      else if (mine.length) { state = "waiting"; }
      stateEl.textContent = text(state);
      bar.className = "sync-bar is-" + state;
      countEl.textContent = String(mine.length);
      showProblem(conflicts[0] || failed[0]);
      return mine.length;
    });
  }

  function showProblem(entry) {
    problemEl.textContent = "";
    if (!entry || entry.page === window.location.pathname) { return; }
    var link = document.createElement("a");
    link.href = entry.page;
    link.textContent = text("conflict-link");
    problemEl.appendChild(document.createTextNode((entry.error || text("conflict")) + " "));
    problemEl.appendChild(link);
  }

  /* Send every waiting answer of this user, oldest first, one at a time. */
  function flush() {
    if (flushing) { return flushing; }
    window.clearTimeout(retryTimer);
    var run = function () { return sendAll(); };
    var locked = navigator.locks ? navigator.locks.request("wijkstem-queue", run) : run();
    flushing = locked.then(function (outcome) {
      trouble = outcome === "done" ? "" : outcome;
      if (trouble === "network" || trouble === "server") { scheduleRetry(); } else { retryDelay = 2000; }
    }, function () { trouble = "server"; scheduleRetry(); }).then(function () {
      flushing = null;
      return render(false);
    });
    return flushing;
  }

  function scheduleRetry() {
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(flush, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  async function sendAll() {
    for (;;) {
      var next = nextToSend(own(await Store.all()));
      if (!next) { return "done"; }
      if (!navigator.onLine) { return "network"; }
      await render(true);
      var outcome = await sendOne(next);
      if (outcome !== "next") { return outcome; }
    }
  }

  /* The oldest pending entry whose question, and every step it needs (a participant before its consent,
     an interview before its answers), has no unresolved problem before it. */
  function nextToSend(entries) {
    var blocked = {};
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      var waits = (entry.after || []).some(function (key) { return blocked[key]; });
      if (entry.state === "pending" && !blocked[entry.key] && !waits) { return entry; }
      blocked[entry.key] = true;
    }
    return null;
  }

  async function sendOne(entry) {
    var base = entry.base;
    if (entry.chain) {
      var known = await Store.known(entry.key);
      base = known ? known.version : 0;
    }
    if (!entry.attempted) { entry.attempted = true; await Store.put(entry); }
    var response;
    try {
      response = await post(entry, base);
    } catch (error) {
      return "network";
    }
    return handle(entry, response);
  }

  function post(entry, base) {
    var data = new FormData();
    data.append("csrf_token", token);
    if (!entry.kind || entry.kind === "answer") {
      data.append("text", entry.text);
      data.append("version", String(base || 0));
    }
    data.append("client_id", entry.clientId);
    Object.keys(entry.fields || {}).forEach(function (name) { data.append(name, entry.fields[name]); });
    return fetch(entry.url, {
      method: "POST", body: data, credentials: "same-origin", keepalive: entry.text.length < 15000,
      headers: {"Accept": "application/json", "X-CSRFToken": token}
    });
  }

  async function handle(entry, response) {
    var reply = await response.json().catch(function () { return {}; });
    if (response.ok && reply.saved) {
      await Store.settle(entry, reply.version, {participant: reply.participant_id, code: reply.code,
                                                interview: reply.interview_id});
      notify("saved", entry, reply);
      return "next";
    }
    if (response.status === 409 && reply.conflict) {
      var updated = await Store.conflict(entry, reply.current_text, reply.current_version);
      notify("conflict", updated, reply);
      return "next";
    }
    if (response.status === 401) { return "login"; }
    if (response.status === 400 && !reply.error) { return (await refreshToken()) ? "next" : "login"; }
    if (response.status >= 500 || response.status === 429) { return "server"; }
    entry.state = "failed";
    entry.error = reply.error || text("failed");
    await Store.put(entry);
    notify("failed", entry, reply);
    return "next";
  }

  /* A page kept from an earlier session may hold an old form token: fetch a fresh one. */
  async function refreshToken() {
    try {
      var page = await fetch(window.location.href, {credentials: "same-origin", cache: "no-store",
                                                headers: {"X-Wijkstem-Background": "1"}});
      var match = /data-csrf="([^"]+)"/.exec(await page.text());
      if (!match || match[1] === token) { return false; }
      token = match[1];
      return true;
    } catch (error) {
      return false;
    }
  }

  function registerWorker() {
    if (!("serviceWorker" in navigator)) { return; }
    var assets = Array.prototype.map.call(document.querySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]"),
      function (el) { return el.href || el.src; });
    var pages = JSON.parse(bar.getAttribute("data-warm") || "[]");
    var manifest = bar.getAttribute("data-manifest");  // what a key figure needs offline, kept from log-in on
    navigator.serviceWorker.register(bar.getAttribute("data-sw"), {scope: bar.getAttribute("data-scope")})
      .then(active)
      .then(function (worker) {
        worker.postMessage({type: "warm", pages: [window.location.pathname].concat(pages), assets: assets,
                            manifest: manifest, noPage: {lang: document.documentElement.lang,
                                                         title: text("no-page-title"), text: text("no-page")}});
      })
      .catch(function () { /* without a worker the pages simply need a network */ });
  }

  /* The registration's active worker, once there is one. Not serviceWorker.ready: that waits for a worker
     of this page's own scope, and the pages outside /p/ (the project list after log-in) have none. */
  function active(registration) {
    if (registration.active) { return Promise.resolve(registration.active); }
    var coming = registration.installing || registration.waiting;
    if (!coming) { return Promise.reject(new Error("no worker")); }
    return new Promise(function (resolve, reject) {
      coming.addEventListener("statechange", function () {
        if (coming.state === "activated") { resolve(coming); } else if (coming.state === "redundant") { reject(coming); }
      });
    });
  }

  /* Logging out on a shared tablet: send what waits; wipe local answers only when sent, or after a warning. */
  function guardLogout() {
    var form = document.querySelector('form[action$="/auth/uitloggen"]');
    if (!form) { return; }
    form.addEventListener("submit", function (event) {
      if (form.getAttribute("data-confirmed")) { return; }
      event.preventDefault();
      checkLogout(form);
    });
  }

  async function checkLogout(form) {
    var waiting = (await Store.all()).length;
    if (waiting && navigator.onLine) {
      problemEl.textContent = text("logout-busy");
      await Promise.race([flush(), delay(5000)]);
      waiting = (await Store.all()).length;
    }
    if (!waiting) { return logout(form); }
    showLogoutWarning(form);
  }

  function logout(form) {
    return Store.destroy().then(function () {
      form.setAttribute("data-confirmed", "1");
      form.submit();
    });
  }

  function showLogoutWarning(form) {
    var old = document.getElementById("logout-warning");
    if (old) { old.remove(); }
    var box = document.createElement("section");
    box.id = "logout-warning";
    box.className = "logout-warning";
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", "logout-warning-text");
    var message = document.createElement("p");
    message.id = "logout-warning-text";
    message.textContent = text("logout-warning");
    var anyway = button(text("logout-anyway"), "button danger", function () { logout(form); });
    var stay = button(text("logout-stay"), "button primary", function () { box.remove(); });
    var actions = document.createElement("div");
    actions.className = "actions";
    actions.append(stay, anyway);
    box.append(message, actions);
    (document.querySelector("main") || document.body).prepend(box);
    stay.focus();
  }

  function button(label, className, onClick) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = className;
    element.textContent = label;
    element.addEventListener("click", onClick);
    return element;
  }

  /* Finishing an interview waits until all its answers are on the server. */
  function guardFinish() {
    var form = document.querySelector("form[data-needs-sync]");
    if (!form) { return; }
    var interview = form.getAttribute("data-needs-sync");
    var buttons = form.querySelectorAll("button[type=submit]");
    var waiting = -1;  // answers of this interview still on the tablet; -1 until the queue was read
    function count() {
      return Store.all().then(function (entries) {
        waiting = own(entries).filter(function (e) { return String(e.interview) === interview; }).length;
        buttons.forEach(function (b) { b.disabled = false; });
        return waiting;
      });
    }
    buttons.forEach(function (b) { b.disabled = true; });  // until the queue was read (a moment)
    count();
    listeners.push(count);
    form.addEventListener("submit", function (event) {
      if (waiting === 0) { return; }  // nothing of this interview waits on the tablet: finish right away
      event.preventDefault();
      flush().then(count).then(function (left) {
        if (left) { problemEl.textContent = form.getAttribute("data-text-wait"); } else { form.requestSubmit(); }
      });
    });
  }

  window.addEventListener("online", function () { retryDelay = 2000; flush(); });
  window.addEventListener("offline", function () { render(false); });
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { flush(); } });

  window.WijkstemSync = {
    user: user,
    flush: flush,
    render: render,
    onChange: function (listener) { listeners.push(listener); },
    busy: function () { return flushing !== null; },
    typing: function () { stateEl.textContent = text(navigator.onLine ? "saving" : "offline"); },
    enqueue: function (item) { item.user = user; return Store.enqueue(item).then(function () { return render(false); }); },
    entryFor: function (key) {
      return Store.all().then(function (entries) {
        var mine = own(entries).filter(function (e) { return e.key === key; });
        return mine[mine.length - 1] || null;
      });
    },
    resolve: function (entry, choice) { return Store.resolve(entry, choice).then(flush); }
  };

  registerWorker();
  guardLogout();
  guardFinish();
  flush();
})();
