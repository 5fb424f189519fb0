// React wrappers (@lit/react) of every element: `import { YwConfig, YwCatalogStats } from
// '@yiwang/elements/react'`. Importing this module registers all the tags; a page that uses
// a few elements imports their wrappers one by one (`@yiwang/elements/react/item-search`,
// one module per element in react/) and pays only for those.
export { YwConfig } from './react/config.ts';
export { YwCatalogStats } from './react/catalog-stats.ts';
export { YwAccountSwitch } from './react/account-switch.ts';
export { YwProgressTracker } from './react/progress-tracker.ts';
export { YwAddressPicker } from './react/address-picker.ts';
export { YwItemSearch } from './react/item-search.ts';
export { YwItemGuide } from './react/item-guide.ts';
export { YwFormRenderer } from './react/form-renderer.ts';
export { YwCaseDesk } from './react/case-desk.ts';
export { YwFormDesigner } from './react/form-designer.ts';
