// The demo applications' table moved to seed/demo-applications.ts; this module
// only keeps the old import path working for packages/elements' progress-tracker
// tests until they import from there.
export { DEMO_APPLICATIONS } from '../seed/demo-applications.ts';
export type { DemoApplication } from '../seed/demo-applications.ts';
