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

// The camera in the page. Where the page carries a liveness challenge (`#page-data`'s
// `data-liveness-steps`: head poses the server drew), taking the photo asks for each pose in
// turn, in words read out to screen readers, and sends one frame per pose with the photo (the
// first frame, facing the camera); otherwise it takes one photo.
(function () {
  'use strict';
  var input = document.querySelector('input[type=file][name=photo]');
  var labels = document.getElementById('camera-labels');
  if (!input || !labels || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.DataTransfer) {
    return;
  }
  var data = document.getElementById('page-data');
  var steps = data && data.dataset.livenessSteps ? data.dataset.livenessSteps.split(',') : [];
  var HOLD = 1800; // milliseconds to take each pose before its frame
  var SIDE = 800; // pixels: a frame's longer side, the size photos are kept at
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
  var say = document.createElement('p');
  say.setAttribute('aria-live', 'assertive');
  say.hidden = true;
  box.append(start, video, say, shoot);
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
  function frame() {
    return new Promise(function (done) {
      // Exactly the kept size, even from a smaller camera: the server need not scale it again.
      var scale = SIDE / Math.max(video.videoWidth, video.videoHeight);
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(done, 'image/jpeg', 0.88);
    });
  }
  function jpeg(blob, name) {
    return new File([blob], name, { type: 'image/jpeg' });
  }
  function send(photo, frames) {
    var files = new DataTransfer();
    files.items.add(jpeg(photo, 'camera.jpg'));
    input.files = files.files;
    if (frames.length) {
      var more = document.createElement('input');
      more.type = 'file';
      more.name = 'frame';
      more.multiple = true;
      more.hidden = true;
      var all = new DataTransfer();
      frames.forEach(function (f, i) { all.items.add(jpeg(f, 'frame' + i + '.jpg')); });
      more.files = all.files;
      input.form.appendChild(more);
    }
    video.srcObject.getTracks().forEach(function (t) { t.stop(); });
    input.form.requestSubmit();
  }
  shoot.addEventListener('click', function () {
    if (!steps.length) {
      frame().then(function (photo) { send(photo, []); });
      return;
    }
    shoot.hidden = true;
    say.hidden = false;
    var frames = [];
    steps.reduce(function (done, step) {
      return done.then(function () {
        say.textContent = data.dataset['liveness' + step.charAt(0).toUpperCase() + step.slice(1)] || '';
        return new Promise(function (wait) { setTimeout(wait, HOLD); });
      }).then(frame).then(function (f) { frames.push(f); });
    }, Promise.resolve()).then(function () { send(frames[0], frames); });
  });
})();
