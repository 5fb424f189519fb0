// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the agencyRequests endpoints, by endpoint name.
export { AgencyRequest as create, AgencyRequestList as list } from '../agency.ts';
