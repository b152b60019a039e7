// Keeps a "time left" line current. The server wrote it when the page was made, so it is right
// without JavaScript too (as of that moment).
(function () {
  var el = document.querySelector('[data-deadline]');
  if (!el) return;
  var deadline = Number(el.dataset.deadline);
  var template = el.dataset.template;
  function tick() {
    var left = Math.max(0, deadline - Date.now());
    var minutes = Math.floor(left / 60000);
    el.textContent = template.replace('%H', String(Math.floor(minutes / 60))).replace('%M', String(minutes % 60));
  }
  tick();
  setInterval(tick, 15000);
})();
