// The demo site's own glue (no inline script: the page is served with a strict
// Content-Security-Policy). It signs in the way a department site lets the
// reference server run the sign-in: "登录" goes to /auth/oidc/login, which sends
// the browser to the identity provider (in development, the one `npm start` runs
// at /oidc) and back. The browser then holds an HttpOnly session cookie the page
// cannot read; the page asks /auth/session for a short-lived API token, keeps it
// in memory only (never localStorage or sessionStorage) and asks again when it
// is about to expire or the API refuses it.
(function () {
  var config = document.getElementById('config');
  var who = document.getElementById('who');
  var signInButton = document.getElementById('sign-in');
  var signOutButton = document.getElementById('sign-out');
  var session = null; // { token, expiresAt (ms), user }

  function here() {
    return location.pathname + location.search + location.hash;
  }

  function signIn() {
    location.assign('/auth/oidc/login?returnTo=' + encodeURIComponent(here()));
  }

  /** Asks the server for a fresh token of the signed-in session; null when signed out. */
  function fetchSession() {
    return fetch('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.ok ? res.json() : { signedIn: false };
      })
      .then(function (body) {
        session = body.signedIn ? { token: body.token, expiresAt: Date.parse(body.expiresAt), user: body.user } : null;
        return session;
      });
  }

  /** The token for the elements: the one in memory, or a fresh one when it is about to expire or was refused. */
  function getToken(options) {
    var refresh = !!(options && options.refresh);
    if (session && !refresh && session.expiresAt - Date.now() > 30000) return session.token;
    return fetchSession().then(function (s) {
      return s ? s.token : null;
    });
  }

  function show() {
    who.textContent = session ? '已登录：' + session.user.name : '未登录';
    signInButton.hidden = !!session;
    signOutButton.hidden = !session;
  }

  signInButton.addEventListener('click', signIn);
  // The elements' sign-in buttons call this hook (without it they follow <yw-config sign-in-url>).
  config.signIn = signIn;

  signOutButton.addEventListener('click', function () {
    fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.json();
      })
      .then(function (body) {
        session = null;
        // The provider ends its own session too (RP-initiated logout), then sends the browser back here.
        location.assign(body.redirectTo);
      });
  });

  fetchSession().then(
    function (s) {
      show();
      if (s) config.getToken = getToken;
    },
    function () {
      who.textContent = '登录状态未知';
    },
  );

  var elder = document.getElementById('elder');
  elder.addEventListener('click', function () {
    var on = !config.hasAttribute('elder');
    config.toggleAttribute('elder', on);
    elder.setAttribute('aria-pressed', String(on));
  });

  var lang = document.getElementById('lang');
  lang.addEventListener('click', function () {
    var en = config.getAttribute('locale') !== 'en';
    config.setAttribute('locale', en ? 'en' : 'zh-CN');
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    lang.textContent = en ? '中文' : 'English';
    lang.lang = en ? 'zh-CN' : 'en';
  });

  // The address picker is a form control: its value arrives in FormData (on the main page; designer.html has none).
  var deliveryForm = document.getElementById('delivery-form');
  if (deliveryForm)
    deliveryForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var picker = deliveryForm.querySelector('yw-address-picker');
      // Explicitly, for browsers without ElementInternals (Safari before 16.4).
      if (!picker.reportValidity()) return;
      var value = JSON.parse(new FormData(deliveryForm).get('delivery'));
      document.getElementById('delivery-output').textContent = '将寄往：' + value.detail + '（' + value.recipient + '）';
    });

  // A department chosen in the statistics narrows the search to it.
  document.addEventListener('yw-department-select', function (event) {
    var search = document.querySelector('yw-item-search');
    search.filters = Object.assign({}, search.filters, { department: event.detail.departmentId });
    search.scrollIntoView();
  });

  // "申请帮办代办" opens the 预审代办 application form.
  document.addEventListener('yw-agency-request', function () {
    document.dispatchEvent(new CustomEvent('yw-apply', { detail: { formId: 'form-xzsp-001' } }));
  });

  // "在线申请" in a guide opens that item's form below the search.
  document.addEventListener('yw-apply', function (event) {
    var section = document.getElementById('apply');
    var form = document.getElementById('form');
    section.hidden = false;
    document.getElementById('apply-hint').textContent = session ? '' : '提交申请前请先登录（登录按钮在页面上方）。';
    form.setAttribute('form-id', event.detail.formId);
    section.scrollIntoView();
  });
})();
