// The demo site's own glue (no inline script: the page is served with a strict
// Content-Security-Policy). A real department site signs in through the
// platform's SSO; here the reference server's demo sign-in stands in for it.
// The token stays in memory only.
(function () {
  var config = document.getElementById('config');
  var who = document.getElementById('who');
  var client = window.Yiwang.createClient({ baseUrl: '/api/v1' });
  var token = null;

  document.querySelectorAll('[data-sign-in]').forEach(function (button) {
    button.addEventListener('click', function () {
      client.auth.demoSignIn({ userId: button.getAttribute('data-sign-in') }).then(
        function (session) {
          token = session.token;
          config.getToken = function () {
            return token;
          };
          who.textContent = '已登录：' + session.user.name;
        },
        function (error) {
          who.textContent = '登录失败：' + error.message;
        },
      );
    });
  });

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

  // The address picker is a form control: its value arrives in FormData.
  var deliveryForm = document.getElementById('delivery-form');
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
    document.getElementById('apply-hint').textContent = token ? '' : '提交申请前请先登录（演示登录按钮在页面上方）。';
    form.setAttribute('form-id', event.detail.formId);
    section.scrollIntoView();
  });
})();
