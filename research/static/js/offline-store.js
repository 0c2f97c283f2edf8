/* Wijkstem offline store: a small promise wrapper around IndexedDB for the tablet's send queue.

   Two object stores:
   - "queue": answers waiting to be sent, in typing order (key "seq"); one entry per save, with its
     client id, so a retry after a lost reply is recognised by the server and never stored twice;
   - "known": per question ("interview:position") the last text and version the server confirmed, and per step
     of a conversation begun offline ("p:", "t:", "i:" + client id) what the server answered (its ids);
   - "drafts": conversations begun on this tablet (participant, consent, interview ids, the question reached).
   An entry may name the entries it needs first ("after": their keys), e.g. an answer needs its interview.
   Every read-modify-write runs in one transaction, so two open tabs cannot interleave. */
(function () {
  "use strict";
  if (!window.indexedDB) { return; }
  var NAME = "wijkstem-offline";
  var opening = null;

  function open() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var request = indexedDB.open(NAME, 2);
        request.onupgradeneeded = function (event) {
          var db = request.result;
          if (event.oldVersion < 1) {
            db.createObjectStore("queue", {keyPath: "seq", autoIncrement: true}).createIndex("key", "key");
            db.createObjectStore("known", {keyPath: "key"});
          }
          if (!db.objectStoreNames.contains("drafts")) { db.createObjectStore("drafts", {keyPath: "id"}); }
        };
        request.onsuccess = function () {
          var db = request.result;
          db.onversionchange = function () { db.close(); opening = null; };
          resolve(db);
        };
        request.onerror = function () { opening = null; reject(request.error); };
      });
    }
    return opening;
  }

  /* Run work(queue, known, finish) in one transaction; resolves with the value passed to finish(). */
  function transact(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(["queue", "known"], mode);
        var result;
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = tx.onabort = function () { reject(tx.error); };
        work(tx.objectStore("queue"), tx.objectStore("known"), function (value) { result = value; });
      });
    });
  }

  function get(request, then) { request.onsuccess = function () { then(request.result); }; }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 15) | 64;
    bytes[8] = (bytes[8] & 63) | 128;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function all() {
    return transact("readonly", function (queue, known, finish) { get(queue.getAll(), finish); });
  }

  function knownFor(key) {
    return transact("readonly", function (queue, known, finish) { get(known.get(key), finish); });
  }

  /* The page shows what the server had when it was made; keep whichever is newer. */
  function syncKnown(key, version, text) {
    return transact("readwrite", function (queue, known, finish) {
      get(known.get(key), function (record) {
        if (!record || version >= record.version) {
          record = {key: key, version: version, text: text};
          known.put(record);
        }
        finish(record);
      });
    });
  }

  /* Queue a new text for one question. An entry not sent yet takes the new text; once an entry was
     sent (maybe received, reply lost) the new text goes into a new entry that follows it.
     item.clientId: the id of a save the page is also posting itself (else a fresh one). */
  function enqueue(item) {
    return transact("readwrite", function (queue, known, finish) {
      get(queue.index("key").getAll(item.key), function (entries) {
        var own = entries.filter(function (e) { return e.user === item.user; });
        var last = own[own.length - 1];
        if (last && (!last.attempted || last.state !== "pending")) {
          if (last.state === "failed" || !last.attempted) { last.clientId = item.clientId || uuid(); last.attempted = false; }
          if (last.state === "failed") { last.state = "pending"; last.error = ""; }
          last.text = item.text;
          last.fields = item.fields || last.fields;
          queue.put(last);
          finish(last);
          return;
        }
        get(known.get(item.key), function (record) {
          if (!last && record && record.text === item.text) { finish(null); return; }
          var entry = {key: item.key, url: item.url, page: item.page, user: item.user, interview: item.interview,
                       text: item.text, clientId: item.clientId || uuid(), base: record ? record.version : item.version,
                       chain: Boolean(last), attempted: false, state: "pending", error: "", time: Date.now(),
                       kind: item.kind || "answer", after: item.after || [], fields: item.fields || null};
          get(queue.add(entry), function (seq) { entry.seq = seq; finish(entry); });
        });
      });
    });
  }

  function put(entry) {
    return transact("readwrite", function (queue) { queue.put(entry); });
  }

  /* The server stored the entry: forget it and remember what the server now has (and the ids it gave). */
  function settle(entry, version, ids) {
    return transact("readwrite", function (queue, known) {
      queue.delete(entry.seq);
      known.put({key: entry.key, version: version, text: entry.text, ids: ids || null});
    });
  }

  /* Conversations begun on this tablet: one record per participant (key: the participant's client id). */
  function drafts() {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var request = db.transaction("drafts").objectStore("drafts").getAll();
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    });
  }

  function saveDraft(record) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction("drafts", "readwrite");
        tx.objectStore("drafts").put(record);
        tx.oncomplete = function () { resolve(record); };
        tx.onerror = tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  /* The server has another text: keep ours (with later edits folded in) beside the server's. */
  function conflict(entry, serverText, serverVersion) {
    return transact("readwrite", function (queue, known, finish) {
      get(queue.index("key").getAll(entry.key), function (entries) {
        entries.forEach(function (other) {
          if (other.user === entry.user && other.seq > entry.seq) { entry.text = other.text; queue.delete(other.seq); }
        });
        entry.state = "conflict";
        entry.serverText = serverText;
        entry.serverVersion = serverVersion;
        queue.put(entry);
        known.put({key: entry.key, version: serverVersion, text: serverText});
        finish(entry);
      });
    });
  }

  /* After a conflict: send our text on top of the server's ("mine"), or drop it ("theirs"). */
  function resolve(entry, choice) {
    if (choice === "theirs") {
      return transact("readwrite", function (queue) { queue.delete(entry.seq); });
    }
    entry.state = "pending";
    entry.base = entry.serverVersion;
    entry.chain = false;
    entry.clientId = uuid();
    entry.attempted = false;
    return put(entry);
  }

  /* Wipe everything this page stored: the queue, the known texts and the cached pages. */
  function destroy() {
    var closing = opening ? opening.then(function (db) { db.close(); }) : Promise.resolve();
    opening = null;
    var caches = window.caches ? window.caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf("wijkstem-") === 0; })
        .map(function (n) { return window.caches.delete(n); }));
    }) : Promise.resolve();
    return closing.then(function () {
      return new Promise(function (done) {
        var request = indexedDB.deleteDatabase(NAME);
        request.onsuccess = request.onerror = request.onblocked = function () { done(); };
      });
    }).then(function () { return caches; });
  }

  window.WijkstemStore = {
    all: all, known: knownFor, syncKnown: syncKnown, enqueue: enqueue, put: put, settle: settle,
    conflict: conflict, resolve: resolve, destroy: destroy, uuid: uuid, drafts: drafts, saveDraft: saveDraft
  };
})();
