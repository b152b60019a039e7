// The request and confirmation forms: shows them (they are hidden without a script, which could
// not send a position), asks the phone for its position once, when the person sends the form,
// and remembers the browser's time zone so that times are shown in it. Nothing is sent anywhere
// else; the position goes only with the form.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Secure behind HTTPS, like every other cookie of Garita's.
    var secure = location.protocol === "https:" ? "; secure" : "";
    if (zone) document.cookie = "tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax" + secure;
  } catch (e) { /* older browsers: Mexico City time is shown */ }
  // The steps that need the position are hidden until now, and the words for a browser without
  // a script are shown until now: this browser can ask for the position.
  if (!navigator.geolocation) return;
  var show = document.querySelectorAll('[data-needs-script]');
  for (var i = 0; i < show.length; i++) show[i].hidden = false;
  var hide = document.querySelectorAll('[data-without-script]');
  for (var j = 0; j < hide.length; j++) hide[j].hidden = true;
  var lat = document.querySelector('input[name="latitude"]');
  if (!lat) return;
  var form = lat.form;
  var sending = false;
  form.addEventListener("submit", function (event) {
    if (sending || lat.value) return;
    event.preventDefault();
    var button = form.querySelector('button[type="submit"], button:not([type])');
    if (button) button.disabled = true;
    navigator.geolocation.getCurrentPosition(function (p) {
      lat.value = p.coords.latitude;
      form.querySelector('input[name="longitude"]').value = p.coords.longitude;
      form.querySelector('input[name="accuracy"]').value = p.coords.accuracy;
      sending = true;
      form.submit();
    }, function () {
      // Without a position the server explains what to do.
      sending = true;
      form.submit();
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
  });
})();
