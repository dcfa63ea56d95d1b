// The scenario form offers places of the official reference as the territory's name is typed, and
// fills in the INSEE code, level and population of the one chosen. Without this script the form
// works the same, by hand.
(function () {
  var name = document.getElementById('f-territory-name');
  var list = document.getElementById('territory-suggestions');
  if (!name || !list || !window.fetch) { return; }
  var found = [];
  var timer = null;
  function fill(id, value) {
    var el = document.getElementById(id);
    if (el && value !== null && value !== undefined) { el.value = String(value); }
  }
  name.setAttribute('list', 'territory-suggestions');
  name.setAttribute('autocomplete', 'off');
  name.addEventListener('input', function () {
    var q = name.value.trim();
    var match = found.filter(function (p) { return p.name === name.value; })[0];
    if (match) {
      fill('f-territory-inseeCode', match.inseeCode);
      fill('f-territory-level', match.level);
      fill('f-territory-population', match.population);
      return;
    }
    clearTimeout(timer);
    if (q.length < 2) { return; }
    timer = setTimeout(function () {
      fetch(list.dataset.source + '?q=' + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (places) {
          found = places;
          list.textContent = '';
          places.forEach(function (p) {
            var o = document.createElement('option');
            o.value = p.name;
            // "Aude — département (11) — 374 070 hab.": what kind of place, where, how many people
            var kind = list.dataset['level' + p.level.charAt(0) + p.level.slice(1).toLowerCase()] || '';
            var where = p.level === 'DEPARTMENT' ? p.inseeCode : p.level === 'COMMUNE' ? p.departement : '';
            o.label = p.name + ' — ' + kind + (where ? ' (' + where + ')' : '') +
              (p.population ? ' — ' + p.population.toLocaleString(document.documentElement.lang || 'fr') + ' ' + list.dataset.inhabitants : '');
            list.appendChild(o);
          });
        })
        .catch(function () { /* suggestions are a help, never needed */ });
    }, 150);
  });
})();
