// Vigie sociale — live sessions: one server-sent event stream per page.
// The trainer's screen and the projected view are never reloaded: on each change it fetches itself and swaps only the
// parts marked data-live-part (clock, inject, participants, decisions, recommendations), so the
// projected page keeps its scroll and its open boxes. A participant's page reloads when the
// inject, the state or the reveal changes — unless they are typing, in which case a notice asks
// them to save first.
(function () {
  var body = document.body;
  var url = body.getAttribute('data-live');
  var role = body.getAttribute('data-role');
  // the trainer's screen and the projected view update their parts in place; a participant's page reloads
  var inPlace = role === 'trainer' || role === 'projection';

  // the trainer's running timer: minutes since the inject began, ticking without a request
  function tick() {
    var timer = document.getElementById('inject-timer');
    if (!timer) { return; }
    var since = Number(timer.getAttribute('data-since'));
    var minutes = Math.max(0, Math.floor((Date.now() - since) / 60000));
    timer.textContent = timer.textContent.replace(/^\d+/, String(minutes));
    timer.classList.toggle('overtime', minutes > Number(timer.getAttribute('data-planned')));
  }
  if (inPlace) { tick(); window.setInterval(tick, 15000); }

  if (!url || !window.EventSource) { return; }
  var first = true;
  var typing = false;
  var fetching = false;
  var again = false;
  document.addEventListener('input', function () { typing = true; });

  // swaps the live parts of the page for those of a fresh copy of it
  // (a notice of the trainer's last click stays until the next click, whatever else changes)
  function swap(html, keepNotice) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    document.querySelectorAll('[data-live-part]').forEach(function (part) {
      var next = part.id && fresh.getElementById(part.id);
      if (!next) { return; }
      var notice = keepNotice && part.querySelector('.saved');
      next = document.importNode(next, true);
      if (notice && !next.querySelector('.saved')) { next.insertBefore(notice, next.firstChild); }
      part.replaceWith(next);
    });
    tick();
  }

  function refreshParts() {
    if (fetching) { again = true; return; }
    fetching = true;
    fetch(window.location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { swap(html, true); })
      .catch(function () { /* the next event tries again */ })
      .then(function () {
        fetching = false;
        if (again) { again = false; refreshParts(); }
      });
  }

  // the trainer's buttons act without leaving the page: the form is sent, and the page it
  // leads to (with its "done" notice) gives the new parts; without scripts they post as usual
  if (role === 'trainer') {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.hasAttribute || !form.hasAttribute('data-live-form')) { return; }
      event.preventDefault();
      var data = new FormData(form, event.submitter);
      fetch(form.action, { method: 'POST', body: new URLSearchParams(data), credentials: 'same-origin',
                           headers: { 'Accept': 'text/html' } })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { swap(html, false); })
        .catch(function () { window.location.reload(); });
    });
  }

  // what changed, said in the participant's words: a new inject, the reveal, a pause, the end, the debrief
  function notice(s, revealed) {
    var kind = s.debrief && body.getAttribute('data-debrief') !== 'true' ? 'debrief'
      : s.state === 'ENDED' ? 'end'
      : s.state === 'PAUSED' && body.getAttribute('data-state') !== 'PAUSED' ? 'pause'
      : s.state === 'RUNNING' && body.getAttribute('data-state') === 'PAUSED' ? 'resume'
      : String(s.inject) !== body.getAttribute('data-inject') ? 'inject'
      : String(revealed) !== body.getAttribute('data-revealed') ? 'reveal' : 'inject';
    var box = document.getElementById('live-notice');
    box.querySelectorAll('[data-kind]').forEach(function (span) {
      span.hidden = span.getAttribute('data-kind') !== kind;
    });
    box.hidden = false;
  }

  var source = new EventSource(url);
  source.addEventListener('changed', function (event) {
    var s = JSON.parse(event.data);
    if (first) { first = false; if (inPlace) { return; } }
    if (inPlace) { refreshParts(); return; }
    var revealed = s.inject >= 0 && s.inject <= s.revealed;
    var same = String(s.inject) === body.getAttribute('data-inject') && s.state === body.getAttribute('data-state')
      && String(revealed) === body.getAttribute('data-revealed')
      && String(s.debrief) === body.getAttribute('data-debrief');
    if (same) { return; }
    if (typing) { notice(s, revealed); return; }
    window.location.reload();
  });
})();
