// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the me endpoints, by endpoint name.
export { Profile as get } from '../me.ts';
