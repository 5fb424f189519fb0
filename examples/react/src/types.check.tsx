// Compile-time checks of the wrappers' typings (tsc -p examples/react): wrong
// props and event types must fail. Never bundled.
import { YwCatalogStats, YwConfig } from '@yiwang/elements/react';

export const valid = (
  <YwConfig apiBase="/api/v1" locale="en" theme="dark" getToken={() => 'token'}>
    <YwCatalogStats
      sort="items"
      target={0.8}
      onYwDepartmentSelect={(e) => e.detail.departmentId.toUpperCase()}
      onYwError={(e) => e.detail.kind}
    />
  </YwConfig>
);

// @ts-expect-error: sort is one of STATS_SORTS
export const badSort = <YwCatalogStats sort="random" />;
// @ts-expect-error: target is a number
export const badTarget = <YwCatalogStats target="90%" />;
// @ts-expect-error: the select event carries department ids, not numbers
export const badEvent = <YwCatalogStats onYwDepartmentSelect={(e) => e.detail.departmentId.toFixed()} />;
