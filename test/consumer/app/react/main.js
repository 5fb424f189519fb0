// (4) A React page with one wrapper (and <yw-config>), no JSX transform needed.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { YwConfig } from '@yiwang/elements/react/config';
import { YwItemSearch } from '@yiwang/elements/react/item-search';

createRoot(document.getElementById('root')).render(
  h(YwConfig, { apiBase: '/api/v1' }, h(YwItemSearch, { onYwSelect: (event) => console.log(event.detail.itemId) })),
);
