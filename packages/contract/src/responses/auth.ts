// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the auth endpoints, by endpoint name.
export { Session as demoSignIn } from '../me.ts';
