// A React app embedding the elements through the @lit/react wrappers:
// properties as props, `yw-*` events as typed `onYw…` callbacks.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { YwCatalogStats } from '@yiwang/elements/react/catalog-stats';
import { YwConfig } from '@yiwang/elements/react/config';
import type { StatsSort } from '@yiwang/elements';
import type { YwDepartmentSelectEvent, YwErrorEvent } from '@yiwang/elements';

function App() {
  const [locale, setLocale] = useState<'zh-CN' | 'en'>('zh-CN');
  const [elder, setElder] = useState(false);
  const [sort, setSort] = useState<StatsSort>('ratio');
  const [department, setDepartment] = useState<string | null>(null);

  const onSelect = (event: YwDepartmentSelectEvent) => setDepartment(event.detail.selected ? event.detail.departmentName : null);
  const onError = (event: YwErrorEvent) => console.warn('yiwang:', event.detail.kind, event.detail.requestId);

  return (
    <main>
      <h1>不见面审批 · React</h1>
      <p>
        <button type="button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {locale === 'en' ? '中文' : 'English'}
        </button>{' '}
        <button type="button" aria-pressed={elder} onClick={() => setElder(!elder)}>
          长辈模式
        </button>{' '}
        <button type="button" onClick={() => setSort(sort === 'ratio' ? 'name' : 'ratio')}>
          排序：{sort}
        </button>
      </p>
      <YwConfig apiBase="/api/v1" locale={locale} elder={elder} onYwError={onError}>
        <YwCatalogStats sort={sort} target={0.9} onYwDepartmentSelect={onSelect} />
      </YwConfig>
      <p role="status">{department ? `已选：${department}` : '未选择部门'}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
