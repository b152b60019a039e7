// The request form: asks the phone for its position once, when the person sends the form, and
// remembers the browser's time zone so that opening times are shown in it. Nothing is sent
// anywhere else; the position goes only with the form.
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) document.cookie = "tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; samesite=lax";
  } catch (e) { /* older browsers: Mexico City time is shown */ }
  var lat = document.querySelector('input[name="latitude"]');
  if (!lat || !navigator.geolocation) return;
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
