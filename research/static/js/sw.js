/* Wijkstem service worker (served from /sw.js, scope /p/): a key figure's tablet keeps working without a
   network. From log-in on it keeps what the server lists (/offline/bewaren.json): the project page, the
   participant and interview lists, the offline page that registers a participant, records consent and
   holds the whole conversation, and the open member-check rounds. Project pages: network first, the kept
   copy when offline; "Nieuwe deelnemer" offline opens the offline page; any other page offline says there is
   no connection (never the browser's error page). CSS and scripts: the kept copy first, refreshed in the background. Nothing is sent from here:
   the pages queue what the key figure does in IndexedDB and send it themselves. Logging out wipes these
   caches (offline-sync.js). */
"use strict";

var PAGES = "wijkstem-pages-v1";
var ASSETS = "wijkstem-assets-v1";
var TAGS = "wijkstem-tags-v1";  // per kept page from the list: the tag it was kept with
var INTERVIEW_PAGE = /^\/p\/[^/]+\/gesprekken(\/|$)/;
var PROJECT_PAGE = /^\/p\/[^/]+\//;
var KEPT_PAGE = /^\/p\/[^/]+\/(gesprekken(\/.*)?|deelnemers|offline\/gesprek|toetsen(\/\d+\/antwoorden)?)?$/;  // refreshed on every visit
var NEW_PARTICIPANT = /^(\/p\/[^/]+)\/deelnemers\/nieuw$/;
var NO_PAGE = "/offline/geen-verbinding";  // key of the plain "no connection" page, in the user's language
var BACKGROUND = {"X-Wijkstem-Background": "1"};  // the server keeps its messages for the page the user sees
var QUESTION_FORM = /^\/p\/[^/]+\/gesprekken\/\d+\/vraag\/\d+$/;

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("wijkstem-") === 0 && [PAGES, ASSETS, TAGS].indexOf(name) < 0;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "warm") {
    var pages = (data.pages || []).filter(function (address) {  // only interview pages work offline
      return INTERVIEW_PAGE.test(new URL(address, self.location.origin).pathname);
    });
    event.waitUntil(keepNoPage(data.noPage).then(function () { return keepListed(data.manifest); }).then(function () {
      return warm(ASSETS, data.assets || []);
    }).then(function () { return warm(PAGES, pages); }));
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === "GET" && url.pathname.indexOf("/static/") === 0) {
    event.respondWith(keptFirst(request, url));
  } else if (request.method === "GET" && request.mode === "navigate" && PROJECT_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(request, url));
  } else if (request.method === "POST" && request.mode === "navigate" && PROJECT_PAGE.test(url.pathname)) {
    event.respondWith(fetch(request).catch(function () { return postedOffline(url); }));
  }
});

/* A form posted while the server cannot be reached. A question: show it again (the page had already queued
   the answer). "Nieuwe deelnemer": the offline page, which can register without a network. Else: no connection. */
function postedOffline(url) {
  if (QUESTION_FORM.test(url.pathname)) { return Response.redirect(url.pathname, 303); }
  var shell = NEW_PARTICIPANT.exec(url.pathname);
  if (shell) { return Response.redirect(shell[1] + "/offline/gesprek", 303); }
  return fallback(url.pathname);
}

function keepable(response) {
  // 200 only: a background request that would be redirected gets 204 (research/background.py).
  return response && response.status === 200 && response.type === "basic" && !response.redirected;
}

function fetchQuietly(path) {
  return fetch(path, {credentials: "same-origin", redirect: "manual", cache: "no-store", headers: BACKGROUND});
}

/* Keep the pages not kept yet, one at a time (a tablet should not flood the server). */
function warm(cacheName, urls) {
  return caches.open(cacheName).then(function (cache) {
    return urls.reduce(function (previous, address) {
      var path = new URL(address, self.location.origin).pathname;
      return previous.then(function () { return cache.match(path); }).then(function (hit) {
        if (hit) { return null; }
        return fetchQuietly(path).then(function (response) {
          return keepable(response) ? cache.put(path, response) : null;
        }).catch(function () { return null; });
      });
    }, Promise.resolve());
  });
}

/* The server's list of what a key figure needs offline: keep each page, again when its tag changed. */
function keepListed(address) {
  if (!address) { return Promise.resolve(); }
  return fetchQuietly(address).then(function (response) {
    return keepable(response) ? response.json() : null;
  }).then(function (list) {
    if (!list) { return null; }
    return warm(ASSETS, list.assets || []).then(function () { return renew(list.pages || []); });
  }).catch(function () { return null; });
}

function renew(pages) {
  return Promise.all([caches.open(PAGES), caches.open(TAGS)]).then(function (opened) {
    var pageCache = opened[0], tagCache = opened[1];
    return pages.reduce(function (previous, item) {
      var path = new URL(item.url, self.location.origin).pathname;
      return previous.then(function () {
        return Promise.all([pageCache.match(path), tagCache.match(path)]);
      }).then(function (hits) {
        return hits[1] ? hits[1].text().then(function (tag) { return hits[0] && tag === item.tag; }) : false;
      }).then(function (current) {
        if (current) { return null; }
        return fetchQuietly(path).then(function (response) {
          if (!keepable(response)) { return null; }
          return pageCache.put(path, response).then(function () {
            return tagCache.put(path, new Response(item.tag || ""));
          });
        }).catch(function () { return null; });
      });
    }, Promise.resolve());
  });
}

function networkFirst(request, url) {
  return fetch(request).then(function (response) {
    if (keepable(response) && KEPT_PAGE.test(url.pathname)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) { return cache.match(url.pathname); }).then(function (hit) {
      if (hit) { return hit; }
      var shell = NEW_PARTICIPANT.exec(url.pathname);
      return shell ? kept(shell[1] + "/offline/gesprek").then(function (page) {
        return page || fallback(url.pathname);
      }) : fallback(url.pathname);
    });
  });
}

function kept(path) {
  return caches.open(PAGES).then(function (cache) { return cache.match(path); });
}

/* The project's "Geen verbinding" page; else the plain one in the user's language (texts from the page that
   talked to this worker, translated by the server); else Dutch, the source language, before any page did. */
function fallback(path) {
  var project = /^\/p\/[^/]+/.exec(path);
  return kept((project ? project[0] : "") + "/gesprekken/offline").then(function (page) {
    return page || kept(NO_PAGE);
  }).then(function (page) {
    return page || noPage({lang: "nl", title: "Geen verbinding",
                           text: "Deze pagina staat niet op dit apparaat, en er is nu geen internet."});
  });
}

function noPage(texts) {
  var html = "<!doctype html><html lang=\"" + escape(texts.lang) + "\"><meta charset=utf-8>" +
    "<meta name=viewport content=\"width=device-width, initial-scale=1\"><title>" + escape(texts.title) +
    "</title><h1>" + escape(texts.title) + "</h1><p>" + escape(texts.text) + "</p>";
  return new Response(html, {status: 503, headers: {"Content-Type": "text/html; charset=utf-8"}});
}

function keepNoPage(texts) {
  if (!texts || !texts.title) { return Promise.resolve(); }
  return caches.open(PAGES).then(function (cache) { return cache.put(NO_PAGE, noPage(texts)); });
}

function escape(value) {
  return String(value || "").replace(/[&<>"]/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"}[c];
  });
}

function keptFirst(request, url) {
  return caches.open(ASSETS).then(function (cache) {
    return cache.match(url.pathname).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (keepable(response)) { cache.put(url.pathname, response.clone()); }
        return response;
      });
      if (hit) {
        fresh.catch(function () { return null; });
        return hit;
      }
      return fresh;
    });
  });
}
