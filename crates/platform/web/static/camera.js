// Progressive enhancement for the photo page: a chosen photo is shrunk before it is sent (a
// phone's 12-15 MB picture becomes a few hundred KB, well under the limit, and quicker on a slow
// link), and a live camera preview takes the photo in the page. Without JavaScript, a camera or
// permission, the plain file input still works, and the server says its limit in words.
(function () {
  'use strict';
  var input = document.querySelector('input[type=file][name=photo]');
  if (!input || !window.DataTransfer || !window.createImageBitmap || !HTMLCanvasElement.prototype.toBlob) {
    return;
  }
  var LONGEST = 1600; // pixels: far more than a face check needs
  var pending = null;
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file || file.name === 'camera.jpg') return;
    pending = createImageBitmap(file).then(function (image) {
      var scale = Math.min(1, LONGEST / Math.max(image.width, image.height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
      return new Promise(function (done) { canvas.toBlob(done, 'image/jpeg', 0.88); });
    }).then(function (blob) {
      if (blob && blob.size < file.size) {
        var files = new DataTransfer();
        files.items.add(new File([blob], 'photo.jpg', { type: 'image/jpeg' }));
        input.files = files.files;
      }
    }).catch(function () { /* not an image the browser reads: sent as chosen */ })
      .then(function () { pending = null; });
  });
  input.form.addEventListener('submit', function (event) {
    if (!pending) return;
    event.preventDefault();
    pending.then(function () { input.form.requestSubmit(); });
  });
})();

(function () {
  'use strict';
  var input = document.querySelector('input[type=file][name=photo]');
  var labels = document.getElementById('camera-labels');
  if (!input || !labels || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.DataTransfer) {
    return;
  }
  function button(text) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'button-quiet';
    b.textContent = text;
    return b;
  }
  var box = document.createElement('div');
  box.className = 'camera';
  var video = document.createElement('video');
  video.playsInline = true;
  video.muted = true;
  video.hidden = true;
  var start = button(labels.dataset.start);
  var shoot = button(labels.dataset.shoot);
  shoot.hidden = true;
  box.append(start, video, shoot);
  input.parentElement.insertBefore(box, input);
  start.addEventListener('click', function () {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      start.hidden = true;
      shoot.hidden = false;
      return video.play();
    }).catch(function () {
      box.remove(); // no camera or no permission: the file input remains
    });
  });
  shoot.addEventListener('click', function () {
    var canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d').drawImage(video, 0, 0);
    canvas.toBlob(function (blob) {
      var files = new DataTransfer();
      files.items.add(new File([blob], 'camera.jpg', { type: 'image/jpeg' }));
      input.files = files.files;
      video.srcObject.getTracks().forEach(function (t) { t.stop(); });
      input.form.requestSubmit();
    }, 'image/jpeg', 0.9);
  });
})();
