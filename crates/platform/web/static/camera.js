// Progressive enhancement for the photo page: a live camera preview to take the photo in the
// page. Without JavaScript, a camera or permission, the plain file input still works.
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
