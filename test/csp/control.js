// Breaks the policy twice: eval (script-src) and a string into innerHTML of a
// script-capable sink (require-trusted-types-for).
try {
  eval('1');
} catch (e) {
  window.evalBlocked = true;
}
try {
  document.body.innerHTML = '<b>x</b>';
} catch (e) {
  window.innerHtmlBlocked = true;
}
