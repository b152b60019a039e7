// Garita's service worker: the status page (appointment and messages), the confirmation page,
// the check page (with its QR reader) and the stylesheet are fetched from the network first and their last copy is
// kept, so a person can read them again without a connection. Nothing else is cached. Signing
// out clears it (Clear-Site-Data).
const CACHE = "garita-offline-v3";
const KEPT = ["/status", "/status/confirmation", "/verify", "/static/verify.js", "/static/jsqr.js", "/static/garita.css"];

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !KEPT.includes(url.pathname)) {
    return;
  }
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      })
      .catch(() => caches.match(url.pathname).then((kept) => kept || Response.error())),
  );
});
