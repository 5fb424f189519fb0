// With `?baseline` in the page URL, removes the APIs that Chromium 87 (360, QQ
// and Sogou kernels), Safari 14 and Firefox 90 lack, so that this Chromium
// behaves like the oldest browsers the bundle promises to support.
(function () {
  if (location.search.indexOf('baseline') < 0) return;
  delete Object.hasOwn;
  delete Array.prototype.at;
  delete String.prototype.at;
  delete Array.prototype.findLast;
  delete Array.prototype.findLastIndex;
  if (window.AbortSignal) {
    delete AbortSignal.any;
    delete AbortSignal.timeout;
  }
  delete window.structuredClone;
  window.__baseline = true;
})();
