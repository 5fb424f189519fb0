// Signs the page's <yw-case-desk> in as the demo staff member 王敏 (the
// reference server's demo sign-in) without an inline script: the token goes to
// its <yw-config> as getToken, and the desk loads the case with it.
(function () {
  var config = document.getElementById('desk-config');
  var token = fetch('/api/v1/auth/demo-sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-staff' }),
  })
    .then(function (response) {
      return response.json();
    })
    .then(function (session) {
      return session.token;
    });
  config.getToken = function () {
    return token;
  };
})();
