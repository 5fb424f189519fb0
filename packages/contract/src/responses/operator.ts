// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the operator endpoints, by endpoint name.
export { Progress as act, Clock as clock, Clock as setClock } from '../applications.ts';
