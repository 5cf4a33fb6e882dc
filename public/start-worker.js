// Starts the search worker while the app's own script is still downloading and parsing: the worker then
// loads the dataset's index and first shard in parallel (src/app/start-search.ts adopts it). A file, not an
// inline script, for the Content-Security-Policy; the build writes the worker's hashed URL into data-worker.
(function () {
  var script = document.currentScript;
  var url = script && script.dataset.worker;
  // Too late when the app's script ran first (this one is async) and made its own.
  if (!url || typeof Worker === 'undefined' || window.__searchEngineStarted) return;
  try {
    var worker = new Worker(url, { type: 'module', name: 'search' });
    // The list's first query starts from this URL at once, not after the app's script has run (the worker's
    // `warm`, through the message format of src/features/search/engine/worker-rpc.ts; its answer is not read).
    worker.postMessage({ id: -1, method: 'warm', args: [location.pathname, location.search] });
    window.__searchWorker = worker;
  } catch {
    // The app creates its own.
  }
})();
