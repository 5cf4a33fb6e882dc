// Sets the colour theme before the page paints: the reader's saved choice, else the system's.
// A file, not an inline script, so that the Content-Security-Policy can forbid inline scripts.
(function () {
  var root = document.documentElement;
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function saved() {
    try {
      var value = localStorage.getItem('theme');
      return value === 'dark' || value === 'light' ? value : null;
    } catch {
      return null;
    }
  }
  function apply() {
    root.dataset.theme = saved() || (media.matches ? 'dark' : 'light');
  }
  apply();
  media.addEventListener('change', apply);
  window.addEventListener('storage', apply);
})();
