// Vigie sociale — on a narrow screen a table wider than the page scrolls inside itself (CSS);
// such a table takes the keyboard's focus, so that it can be scrolled without a mouse.
(function () {
  function mark() {
    document.querySelectorAll('main table').forEach(function (table) {
      if (table.scrollWidth > table.clientWidth + 1) {
        table.setAttribute('tabindex', '0');
      } else if (table.getAttribute('data-focus') !== 'always') {
        table.removeAttribute('tabindex');
      }
    });
  }
  mark();
  window.addEventListener('resize', mark);
})();
