/* Wijkstem service worker (served from /sw.js, scope /p/): the interview pages of a tablet keep working
   without a network. Interview pages: network first, the kept copy when offline. CSS and scripts: the
   kept copy first, refreshed in the background. Answers are never sent from here: the page queues them
   in IndexedDB and sends them itself. Logging out wipes these caches (offline-sync.js). */
"use strict";

var PAGES = "wijkstem-pages-v1";
var ASSETS = "wijkstem-assets-v1";
var INTERVIEW_PAGE = /^\/p\/[^/]+\/gesprekken(\/|$)/;
var BACKGROUND = {"X-Wijkstem-Background": "1"};  // the server keeps its messages for the page the user sees
var QUESTION_FORM = /^\/p\/[^/]+\/gesprekken\/\d+\/vraag\/\d+$/;

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("wijkstem-") === 0 && name !== PAGES && name !== ASSETS;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type === "warm") {
    var pages = (data.pages || []).filter(function (address) {  // only interview pages work offline
      return INTERVIEW_PAGE.test(new URL(address, self.location.origin).pathname);
    });
    event.waitUntil(warm(ASSETS, data.assets || []).then(function () { return warm(PAGES, pages); }));
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) { return; }
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(keptFirst(request, url));
  } else if (request.mode === "navigate" && INTERVIEW_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(request, url));
  }
});

/* A question's form posted while the server cannot be reached: show the question again (from the tablet).
   The page had already put the answer in its queue, which sends it when the connection returns. */
self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method === "POST" && request.mode === "navigate" && QUESTION_FORM.test(url.pathname)) {
    event.respondWith(fetch(request).catch(function () { return Response.redirect(url.pathname, 303); }));
  }
});

function keepable(response) {
  // 200 only: a background request that would be redirected gets 204 (research/background.py).
  return response && response.status === 200 && response.type === "basic" && !response.redirected;
}

/* Keep the pages not kept yet, one at a time (a tablet should not flood the server). */
function warm(cacheName, urls) {
  return caches.open(cacheName).then(function (cache) {
    return urls.reduce(function (previous, address) {
      var path = new URL(address, self.location.origin).pathname;
      return previous.then(function () { return cache.match(path); }).then(function (hit) {
        if (hit) { return null; }
        return fetch(path, {credentials: "same-origin", redirect: "manual", headers: BACKGROUND}).then(function (response) {
          return keepable(response) ? cache.put(path, response) : null;
        }).catch(function () { return null; });
      });
    }, Promise.resolve());
  });
}

function networkFirst(request, url) {
  return fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) { return cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.match(url.pathname).then(function (hit) {
        return hit || cache.match(url.pathname.replace(/\/gesprekken\/.*$/, "/gesprekken/offline"));
      });
    }).then(function (hit) { return hit || Response.error(); });
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
