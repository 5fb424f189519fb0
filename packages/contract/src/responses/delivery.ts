// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the delivery endpoints, by endpoint name.
export { Coverage as coverage } from '../addresses.ts';
