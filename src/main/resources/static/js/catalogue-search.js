// Vigie sociale — the participant's catalogue search: typing a word keeps, in the list of
// actions, only those whose title holds it (accents and capitals ignored), and hides the policy
// areas left empty. An action worded for the crisis at hand (a heatwave's daily calls) is also
// found by the catalogue's general title (data-also). Without scripts the list stays whole, grouped by policy area.
(function () {
  var search = document.getElementById('catalogue-search');
  var select = document.getElementById('actionId');
  var count = document.getElementById('catalogue-count');
  if (!search || !select) { return; }

  function plain(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function filter() {
    var words = plain(search.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    var total = 0;
    select.querySelectorAll('optgroup').forEach(function (group) {
      var any = false;
      group.querySelectorAll('option').forEach(function (option) {
        var title = plain(option.textContent + ' ' + (option.getAttribute('data-also') || ''));
        var match = words.every(function (w) { return title.indexOf(w) >= 0; });
        // the chosen action stays visible, so a search never changes what will be recorded
        option.hidden = !match && !option.selected;
        option.disabled = option.hidden;
        total += 1;
        if (!option.hidden) { shown += 1; any = true; }
      });
      group.hidden = !any;
    });
    count.textContent = words.length === 0 ? ''
      : search.getAttribute('data-count-text').replace('{0}', shown).replace('{1}', total);
  }

  search.addEventListener('input', filter);
  // Enter in the search box must not send the decision form
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { event.preventDefault(); select.focus(); }
  });
})();
