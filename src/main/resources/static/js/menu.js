// Vigie sociale — on a phone the header's links fold behind a "Menu" button; without this
// script (or on a wide screen) they are simply shown.
(function () {
  var header = document.querySelector('header.site');
  var button = header && header.querySelector('.menu-toggle');
  if (!button) { return; }
  header.classList.add('folding');
  button.addEventListener('click', function () {
    var open = header.classList.toggle('open');
    button.setAttribute('aria-expanded', String(open));
  });
})();
