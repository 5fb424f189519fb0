// Records every CSP / Trusted Types violation the page reports, before any
// other script runs. Read by strict-csp.e2e.ts as window.__cspViolations.
(function () {
  var seen = (window.__cspViolations = []);
  document.addEventListener('securitypolicyviolation', function (event) {
    seen.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile,
      line: event.lineNumber,
    });
  });
})();
