// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the departments endpoints, by endpoint name.
export { DepartmentList as list } from '../catalog.ts';
