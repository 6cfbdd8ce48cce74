// ALTCHA proof of work for the feedback form: finds the number whose SHA-256 (after the salt) is the challenge and
// puts the proof in the hidden field. Without JavaScript or Web Crypto the form is sent without one.
(function () {
  var form = document.querySelector('form[data-altcha]');
  var subtle = window.crypto && window.crypto.subtle;
  if (!form || !subtle || !window.TextEncoder || !window.Promise) return;
  var c = JSON.parse(form.getAttribute('data-altcha'));
  var encoder = new TextEncoder();
  function hex(buffer) {
    var bytes = new Uint8Array(buffer), out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return out;
  }
  function batch(from) {
    if (from > c.maxnumber) return;
    var tries = [];
    for (var n = from; n < from + 100 && n <= c.maxnumber; n++) tries.push(subtle.digest('SHA-256', encoder.encode(c.salt + n)));
    Promise.all(tries).then(function (digests) {
      for (var i = 0; i < digests.length; i++) {
        if (hex(digests[i]) === c.challenge) {
          form.elements.altcha.value = btoa(JSON.stringify({
            algorithm: c.algorithm, challenge: c.challenge, number: from + i, salt: c.salt, signature: c.signature
          }));
          return;
        }
      }
      batch(from + 100);
    });
  }
  batch(0);
})();
