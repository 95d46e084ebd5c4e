// 电子证据核验: hash the chosen file in the browser (Web Crypto), so the file itself is not uploaded.
(function () {
  'use strict';
  var form = document.getElementById('verify-form');
  var file = document.getElementById('file');
  var digest = document.getElementById('sha256');
  var status = document.getElementById('hash-status');
  if (!form || !file || !digest || !window.crypto || !window.crypto.subtle) {
    return; // without Web Crypto the file is sent and hashed by the server, then discarded
  }
  file.addEventListener('change', function () {
    if (!file.files || file.files.length === 0) {
      return;
    }
    status.textContent = form.dataset.hashing || '正在计算摘要……';
    file.files[0].arrayBuffer().then(function (buffer) {
      return window.crypto.subtle.digest('SHA-256', buffer);
    }).then(function (hash) {
      digest.value = Array.prototype.map.call(new Uint8Array(hash), function (b) {
        return ('0' + b.toString(16)).slice(-2);
      }).join('');
      status.textContent = form.dataset.hashed || '已在本机计算摘要，文件不会上传。';
    }).catch(function () {
      status.textContent = '';
    });
  });
  form.addEventListener('submit', function () {
    if (digest.value.trim().length === 64) {
      file.value = ''; // the digest suffices: keep the file on this machine
    }
  });
})();
