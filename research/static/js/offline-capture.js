/* Wijkstem offline page: register a participant, record consent and hold the whole conversation on the
   tablet, with or without a network. There is no server id yet, so the participant and the interview get
   a client id (a UUID) here. Every step goes into the send queue (offline-store.js) in order: participant,
   consent, interview, answers; offline-sync.js sends them one at a time, each exactly once (the server
   knows the ids again). What was done here is kept in the store's "drafts", so a reload resumes it.
   The kept page is served for every ?d=<participant client id>: the worker keeps pages by path. */
(function () {
  "use strict";
  var app = document.getElementById("offline-app");
  var Sync = window.WijkstemSync;
  var Store = window.WijkstemStore;
  if (!app || !Sync || !Store) { return; }
  var STEPS = ["participant", "consent", "start", "question", "overview"];
  var KEEP_DELAY = 300;
  var SEND_DELAY = 1500;
  var here = app.dataset.urlSelf;  // also shown for "Nieuwe deelnemer" offline: the next steps go here
  var slug = here.split("/")[2];
  var total = parseInt(app.dataset.total, 10) || 0;
  var limit = parseInt(app.dataset.maxChars, 10) || 20000;
  var consenters = JSON.parse(app.dataset.consenters || "{}");
  var questions = Array.prototype.slice.call(app.querySelectorAll(".offline-question"));
  var participantForm = document.getElementById("offline-participant");
  var consentForm = document.getElementById("offline-consent");
  var questionForm = document.getElementById("offline-questions");
  var draft = null;
  var queued = {};  // position -> the text last handed to the queue
  var timer = null;
  var sendTimer = null;

  function text(name) { return app.getAttribute("data-text-" + name) || ""; }
  function pageOf(id) { return here + "?d=" + encodeURIComponent(id); }
  function byId(id) { return document.getElementById(id); }

  function show(step) {
    STEPS.forEach(function (name) { byId("step-" + name).hidden = name !== step; });
    window.scrollTo(0, 0);
  }

  function checkedValues(container, name) {
    return Array.prototype.filter.call(container.querySelectorAll('input[name="' + name + '"]'),
      function (input) { return input.checked; }).map(function (input) { return input.value; });
  }

  /* A message under the group of a field (or none); true when there is no message. */
  function fieldError(form, name, message) {
    var input = form.querySelector('[name="' + name + '"]');
    var box = input.closest("fieldset") || input.closest(".field");
    var old = box.querySelector(".error.from-script");
    if (old) { old.remove(); }
    box.classList.toggle("has-error", Boolean(message));
    if (message) {
      var p = document.createElement("p");
      p.className = "error from-script";
      p.setAttribute("role", "alert");
      p.textContent = message;
      box.appendChild(p);
    }
    return !message;
  }

  /* Who the conversation is with: the code once the server gave one, else "nieuwe deelnemer". */
  async function labelWho() {
    var known = await Store.known("p:" + draft.id);
    var code = known && known.ids && known.ids.code;
    Array.prototype.forEach.call(app.querySelectorAll(".offline-who"), function (el) {
      el.textContent = code || text("no-code");
    });
  }

  function queue(item) {
    item.page = pageOf(draft.id);
    return Sync.enqueue(item).then(function () {
      window.clearTimeout(sendTimer);
      sendTimer = window.setTimeout(Sync.flush, item.kind === "answer" ? SEND_DELAY : 0);
    });
  }

  /* Step 1: the participant, with a fresh client id. */
  participantForm.addEventListener("submit", async function (event) {
    event.preventDefault();
    var group = checkedValues(participantForm, "group")[0] || "";
    var age = checkedValues(participantForm, "age_band")[0] || "";
    var fine = fieldError(participantForm, "group", group ? "" : text("group"));
    if (!fieldError(participantForm, "age_band", age ? "" : text("age")) || !fine) { return; }
    var id = Store.uuid();
    var fields = {group: group, age_band: age, wijk: participantForm.elements.wijk.value.trim(),
                  language: participantForm.elements.language.value};
    draft = {id: id, user: Sync.user, slug: slug, fields: fields, consent: null, interview: null,
             guide: app.dataset.guide, position: 0, time: Date.now()};
    await Store.saveDraft(draft);
    await queue({key: "p:" + id, kind: "participant", url: app.dataset.urlParticipant, interview: "", text: "",
                 clientId: id, fields: fields});
    window.location.assign(pageOf(id));
  });

  /* Step 2: consent; who gives it follows from the age band, as on the server. */
  function prepareConsent() {
    var needed = consenters[draft.fields.age_band] || "deelnemer";
    var radio = consentForm.querySelector('input[name="given_by"][value="' + needed + '"]');
    if (radio && !checkedValues(consentForm, "given_by").length) { radio.checked = true; }
  }

  consentForm.addEventListener("submit", async function (event) {
    event.preventDefault();
    var needed = consenters[draft.fields.age_band] || "deelnemer";
    var elements = consentForm.elements;
    var fields = {participant: draft.id, letter_version: elements.letter_version.value.trim(),
                  takes_part: elements.takes_part.checked ? "y" : "", quotes_allowed: elements.quotes_allowed.checked ? "y" : "",
                  contact_allowed: elements.contact_allowed.checked ? "y" : "",
                  given_by: checkedValues(consentForm, "given_by")[0] || ""};
    var fine = fieldError(consentForm, "letter_version", fields.letter_version ? "" : text("letter"));
    fine = fieldError(consentForm, "takes_part", fields.takes_part ? "" : text("takes-part")) && fine;
    fine = fieldError(consentForm, "given_by", fields.given_by === needed ? "" : text("given-by-" + needed)) && fine;
    if (!fine) { return; }
    draft.consent = fields;
    await Store.saveDraft(draft);
    await queue({key: "t:" + draft.id, kind: "consent", after: ["p:" + draft.id], url: app.dataset.urlConsent,
                 interview: "", text: "", clientId: Store.uuid(), fields: fields});
    show("start");
  });

  /* Step 3: the interview, with its own client id, along the guide version this page shows. */
  var startButton = byId("offline-start");
  if (startButton) {
    startButton.addEventListener("click", async function () {
      if (draft.interview) { return goTo(draft.position, 1); }
      draft.interview = Store.uuid();
      draft.position = 0;
      await Store.saveDraft(draft);
      await queue({key: "i:" + draft.interview, kind: "interview", after: ["p:" + draft.id, "t:" + draft.id],
                   url: app.dataset.urlStart, interview: draft.interview, text: "", clientId: draft.interview,
                   fields: {participant: draft.id, guide: draft.guide}});
      goTo(0, 1);
    });
  }

  /* Step 4: one question at a time. */
  function answerOf(article) {
    var area = article.querySelector("textarea");
    if (area) { return area.value; }
    return checkedValues(article, "choice-" + article.dataset.position).join("\n");
  }

  function setAnswer(article, value) {
    var area = article.querySelector("textarea");
    if (area) { area.value = value; return; }
    var values = (value || "").split("\n");
    Array.prototype.forEach.call(article.querySelectorAll("input"), function (input) {
      input.checked = values.indexOf(input.value) >= 0;
    });
  }

  async function loadAnswers() {
    for (var position = 0; position < questions.length; position++) {
      var key = draft.interview + ":" + position;
      var entry = await Sync.entryFor(key);
      var known = entry ? null : await Store.known(key);
      var value = entry ? entry.text : (known ? known.text : "");
      setAnswer(questions[position], value);
      queued[position] = value;
    }
  }

  function lines(value) {
    return (value || "").split("\n").map(function (v) { return v.trim().toLowerCase(); }).filter(Boolean);
  }

  /* Show-if, as interviews.questions.should_show: each part needs one of its values in that earlier answer. */
  function asked(article) {
    var parts = JSON.parse(article.dataset.showIf || "[]");
    if (!parts.length) { return true; }
    var given = {};
    questions.forEach(function (other) { if (other.dataset.key) { given[other.dataset.key] = answerOf(other); } });
    return parts.every(function (part) {
      var values = lines(given[part.key]);
      return part.values.some(function (value) { return values.indexOf(value.trim().toLowerCase()) >= 0; });
    });
  }

  function goTo(position, step) {
    while (position >= 0 && position < total && !asked(questions[position])) { position += step; }
    position = Math.max(0, Math.min(position, total));
    draft.position = position;
    Store.saveDraft(draft);
    if (position >= total) { return showOverview(); }
    var article = questions[position];
    questions.forEach(function (other) { other.hidden = other !== article; });
    byId("offline-section").textContent = article.dataset.section;
    byId("offline-count").textContent = text("count").replace("{n}", String(position + 1));
    byId("offline-progress").value = position + 1;
    byId("offline-previous").hidden = position === 0;
    byId("offline-next").textContent = position + 1 < total ? text("next") : text("last");
    showError("");
    show("question");
  }

  function showError(message) {
    var el = byId("offline-text-error");
    el.textContent = message;
    el.hidden = !message;
  }

  function tooLong(value) {
    var length = value.replace(/\r\n/g, "\n").length;
    if (length <= limit) { return false; }
    showError(text("too-long").replace("{n}", String(length)));
    return true;
  }

  /* Hand the answer on screen to the queue (once per change); it is sent when the typing pauses. */
  function queueAnswer(position) {
    window.clearTimeout(timer);
    if (!draft || !draft.interview || position >= total) { return Promise.resolve(true); }
    var value = answerOf(questions[position]);
    if (value === queued[position]) { return Promise.resolve(true); }
    if (tooLong(value)) { return Promise.resolve(false); }
    showError("");
    queued[position] = value;
    return queue({key: draft.interview + ":" + position, kind: "answer", after: ["i:" + draft.interview],
                  url: app.dataset.urlAnswer, interview: draft.interview, text: value, version: 0,
                  fields: {interview: draft.interview, position: String(position)}}).then(function () { return true; });
  }

  questions.forEach(function (article, position) {
    function typed() {
      Sync.typing();
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { queueAnswer(position); }, KEEP_DELAY);
    }
    article.addEventListener("input", typed);
    article.addEventListener("change", typed);
  });

  questionForm.addEventListener("submit", function (event) {
    event.preventDefault();
    var go = event.submitter && event.submitter.value ? event.submitter.value : "volgende";
    queueAnswer(draft.position).then(function (ok) {
      if (!ok) { return; }
      if (go === "vorige") { goTo(draft.position - 1, -1); } else if (go === "overzicht") { goTo(total, 1); } else {
        goTo(draft.position + 1, 1);
      }
    });
  });

  window.addEventListener("pagehide", function () { if (draft) { queueAnswer(draft.position); } });

  /* Step 5: the overview; finishing happens on the server's own page once everything was sent. */
  function showOverview() {
    var list = byId("offline-overview");
    list.textContent = "";
    questions.forEach(function (article) {
      if (!asked(article)) { return; }
      var item = document.createElement("li");
      var question = document.createElement("p");
      question.className = "question-text";
      question.textContent = article.querySelector(".question-text").textContent;
      var answer = document.createElement("p");
      answer.className = "answer-text pre-line";
      answer.textContent = answerOf(article) || text("skipped");
      item.append(question, answer);
      list.appendChild(item);
    });
    show("overview");
    return updateFinish();
  }

  async function updateFinish() {
    var link = byId("offline-finish");
    var known = await Store.known("i:" + draft.interview);
    var id = known && known.ids && known.ids.interview;
    var waiting = (await Store.all()).filter(function (e) {
      return e.user === Sync.user && (e.interview === draft.interview || e.key.slice(2) === draft.id);
    }).length;
    link.hidden = !(id && !waiting);
    if (id) { link.href = app.dataset.urlFinish.replace("/0/", "/" + id + "/"); }
  }

  byId("offline-back").addEventListener("click", function () { goTo(total - 1, -1); });

  Sync.onChange(function (kind, entry) {
    if (!draft || kind !== "saved") { return; }
    if (entry.key === "p:" + draft.id) { labelWho(); }
    if (!byId("step-overview").hidden) { updateFinish(); }
  });

  function listDrafts(all) {
    var list = byId("local-draft-list");
    all.sort(function (a, b) { return b.time - a.time; }).forEach(function (record) {
      Store.known("p:" + record.id).then(function (known) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = pageOf(record.id);
        link.textContent = (known && known.ids && known.ids.code) || text("no-code");
        item.append(link, document.createTextNode(" · " + new Date(record.time).toLocaleString()));
        list.appendChild(item);
      });
    });
    byId("local-drafts").hidden = !all.length;
  }

  async function start() {
    var id = new URLSearchParams(window.location.search).get("d");
    var mine = (await Store.drafts()).filter(function (d) { return d.user === Sync.user && d.slug === slug; });
    draft = id ? mine.filter(function (d) { return d.id === id; })[0] || null : null;
    if (!draft) {
      listDrafts(mine);
      show("participant");
      return;
    }
    labelWho();
    if (!draft.consent) {
      prepareConsent();
      show("consent");
    } else if (!draft.interview) {
      show("start");
    } else {
      await loadAnswers();
      goTo(draft.position, draft.position >= total ? -1 : 1);
    }
  }

  start();
})();
