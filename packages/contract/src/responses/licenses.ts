// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the licenses endpoints, by endpoint name.
export { LicenseList as list } from '../licenses.ts';
