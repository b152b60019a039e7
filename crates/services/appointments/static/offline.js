// Keeps the status page readable without a connection: registers the service worker that
// saves its last copy, then says so (the promise is hidden until it holds). The page works the
// same without it.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").then(function () {
    var promised = document.querySelectorAll("[data-needs-script]");
    for (var i = 0; i < promised.length; i++) promised[i].hidden = false;
  }).catch(function () {});
}
