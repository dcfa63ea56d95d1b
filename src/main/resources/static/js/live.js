// Vigie sociale — live sessions: one server-sent event stream per page. The trainer's panel
// reloads on every change; a participant's page reloads when the inject, the state or the
// reveal changes — unless they are typing, in which case a notice asks them to save first.
(function () {
  var body = document.body;
  var url = body.getAttribute('data-live');
  if (!url || !window.EventSource) { return; }
  var role = body.getAttribute('data-role');
  var first = true;
  var typing = false;
  document.addEventListener('input', function () { typing = true; });
  var source = new EventSource(url);
  source.addEventListener('changed', function (event) {
    var s = JSON.parse(event.data);
    if (first) { first = false; if (role === 'trainer') { return; } }
    if (role === 'trainer') { window.location.reload(); return; }
    var revealed = s.inject >= 0 && s.inject <= s.revealed;
    var same = String(s.inject) === body.getAttribute('data-inject') && s.state === body.getAttribute('data-state')
      && String(revealed) === body.getAttribute('data-revealed');
    if (same) { return; }
    if (typing) { document.getElementById('live-notice').hidden = false; return; }
    window.location.reload();
  });
})();
