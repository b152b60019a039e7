// Checking a confirmation, improved: on the public check page and in the officers' console. The
// public keys are kept on this device so that a confirmation can be checked without a connection
// (its signature only: whether it was cancelled or moved since needs the server), and a QR code
// can be scanned with the camera: with the browser's BarcodeDetector where it has one, else with
// jsQR (vendored, loaded only then). Without JavaScript the form asks the server, as it does
// online.
(function () {
  'use strict';
  var form = document.querySelector('form[action="/verify"], form[action$="/find"]');
  var field = form && form.querySelector('textarea[name=token], input[name=text]');
  var data = document.getElementById('page-data');
  if (!form || !field || !data) return;

  fetch('/.well-known/garita-keys.json')
    .then(function (r) { return r.json(); })
    .then(function (keys) { localStorage.setItem('garita-keys', JSON.stringify(keys)); })
    .catch(function () { /* offline: the kept copy is used */ });

  function bytes(b64url) {
    var b64 = b64url.replace(/-/g, '+').replace(/_/g, '/');
    while (b64.length % 4) b64 += '=';
    return Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
  }

  function say(text, good) {
    var old = document.getElementById('offline-answer');
    if (old) old.remove();
    var p = document.createElement('p');
    p.id = 'offline-answer';
    p.className = good ? 'notice-ok' : 'form-error';
    p.setAttribute('role', good ? 'status' : 'alert');
    p.textContent = text;
    form.parentElement.insertBefore(p, form);
  }

  // Resolves to true (Garita's signature), false (not), or null (cannot tell here).
  function checkHere(token) {
    var kept = JSON.parse(localStorage.getItem('garita-keys') || 'null');
    var parts = token.trim().split('.');
    if (!kept || !window.crypto || !crypto.subtle) return Promise.resolve(null);
    // Garita's proofs: a confirmation (GC1), a provisional I-94 (GI1), ...
    if (parts.length !== 3 || !/^G[A-Z][0-9]$/.test(parts[0])) return Promise.resolve(false);
    var proof;
    try { proof = JSON.parse(new TextDecoder().decode(bytes(parts[1]))); } catch (e) { return Promise.resolve(false); }
    var key = kept.keys.filter(function (k) { return k.key_id === proof.key_id; })[0];
    if (!key) return Promise.resolve(false);
    return crypto.subtle.importKey('raw', bytes(key.public_key), { name: 'Ed25519' }, false, ['verify'])
      .then(function (k) {
        var signed = new TextEncoder().encode(parts[0] + '.' + parts[1]);
        return crypto.subtle.verify({ name: 'Ed25519' }, k, bytes(parts[2]), signed);
      })
      .catch(function () { return null; });
  }

  // What a token says (number, port, day and time or arrival, seats), to show with an offline
  // answer.
  function summary(token) {
    try {
      var p = JSON.parse(new TextDecoder().decode(bytes(token.trim().split('.')[1])));
      var when = p.date ? p.date + ' ' + p.time : p.arrival;
      return ' ' + [p.number, p.port, when, p.seats].filter(Boolean).join(' · ');
    } catch (e) { return ''; }
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine) return; // the server also knows about cancellations and moves
    event.preventDefault();
    checkHere(field.value).then(function (genuine) {
      if (genuine === true) say(data.dataset.offline + summary(field.value), true);
      else if (genuine === false) say(data.dataset.notGenuine, false);
    });
  });

  if (!navigator.mediaDevices) return;

  // Resolves to the QR codes' texts seen in a video frame.
  var reader = null;
  function qrReader() {
    if (reader) return Promise.resolve(reader);
    if ('BarcodeDetector' in window) {
      var detector = new BarcodeDetector({ formats: ['qr_code'] });
      reader = function (video) {
        return detector.detect(video).then(function (codes) { return codes.map(function (c) { return c.rawValue; }); });
      };
      return Promise.resolve(reader);
    }
    return new Promise(function (ok, fail) {
      var s = document.createElement('script');
      s.src = '/static/jsqr.js';
      s.onload = function () {
        var canvas = document.createElement('canvas');
        var context = canvas.getContext('2d', { willReadFrequently: true });
        reader = function (video) {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          if (!canvas.width) return Promise.resolve([]);
          context.drawImage(video, 0, 0);
          var frame = context.getImageData(0, 0, canvas.width, canvas.height);
          var code = window.jsQR(frame.data, frame.width, frame.height);
          return Promise.resolve(code && code.data ? [code.data] : []);
        };
        ok(reader);
      };
      s.onerror = fail;
      document.head.appendChild(s);
    });
  }

  var scan = document.createElement('button');
  scan.type = 'button';
  scan.className = 'button-quiet';
  scan.textContent = data.dataset.scan;
  field.parentElement.appendChild(scan);
  scan.addEventListener('click', function () {
    var video = document.createElement('video');
    video.playsInline = true;
    video.muted = true;
    field.parentElement.appendChild(video);
    Promise.all([
      qrReader(),
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
    ]).then(function (both) {
      var read = both[0], stream = both[1];
      video.srcObject = stream;
      video.play();
      (function look() {
        read(video).then(function (texts) {
          if (texts.length) {
            field.value = texts[0];
            stream.getTracks().forEach(function (t) { t.stop(); });
            video.remove();
            form.requestSubmit();
          } else {
            setTimeout(look, 300);
          }
        }).catch(function () { setTimeout(look, 300); });
      })();
    }).catch(function () {
      video.remove();
      say(data.dataset.noCamera, false);
    });
  });
})();
