// Demo of the SDK from a plain page (no framework, no inline script: the page
// is served with a strict Content-Security-Policy). Server strings are inserted
// as text nodes only, never as HTML.
(function () {
  var client = window.Yiwang.createClient({ baseUrl: '/api/v1' });
  var form = document.getElementById('search');
  var input = document.getElementById('q');
  var status = document.getElementById('status');
  var list = document.getElementById('results');
  var controller = null;

  function highlighted(text, ranges) {
    var frag = document.createDocumentFragment();
    var at = 0;
    ranges
      .filter(function (r) { return r.field === 'name'; })
      .sort(function (a, b) { return a.start - b.start; })
      .forEach(function (r) {
        if (r.start < at) return;
        frag.appendChild(document.createTextNode(text.slice(at, r.start)));
        var mark = document.createElement('mark');
        mark.textContent = text.slice(r.start, r.end);
        frag.appendChild(mark);
        at = r.end;
      });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  function search(q) {
    if (controller) controller.abort();
    controller = new AbortController();
    status.textContent = '正在搜索…';
    client.items
      .search({ q: q, pageSize: 10 }, { signal: controller.signal })
      .then(function (result) {
        list.textContent = '';
        status.textContent = '共 ' + result.total + ' 项';
        result.items.forEach(function (hit) {
          var li = document.createElement('li');
          var title = document.createElement('strong');
          title.appendChild(highlighted(hit.item.name, hit.highlights));
          var meta = document.createElement('div');
          meta.className = 'meta';
          meta.textContent =
            hit.item.departmentName + ' · 跑动 ' + hit.item.visitsRequired + ' 次 · 承诺 ' + hit.item.promisedLimitDays + ' 个工作日（法定 ' + hit.item.legalLimitDays + '）';
          li.appendChild(title);
          li.appendChild(meta);
          list.appendChild(li);
        });
      })
      .catch(function (error) {
        if (error.name === 'AbortError') return;
        status.textContent = '搜索失败：' + error.message + '（请重试）';
      });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    search(input.value);
  });

  client.catalog.stats().then(function (stats) {
    document.getElementById('stats').textContent =
      '全区 ' + stats.total.items + ' 个事项中，' + stats.total.zeroVisitItems + ' 个可“零跑动”办理（' + Math.round(stats.total.ratio * 100) + '%）。';
  });
  search('');
})();
