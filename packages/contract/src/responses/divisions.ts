// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the divisions endpoints, by endpoint name.
export { DivisionList as children, DivisionList as path, DivisionList as search } from '../divisions.ts';
