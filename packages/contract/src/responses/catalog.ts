// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the catalog endpoints, by endpoint name.
export { CatalogStats as stats } from '../catalog.ts';
export { PublicPerformance as performance } from '../performance.ts';
