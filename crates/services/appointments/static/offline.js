// Keeps the status page readable without a connection: registers the service worker that
// saves its last copy. The page works the same without it.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}
