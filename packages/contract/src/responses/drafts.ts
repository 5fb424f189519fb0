// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the drafts endpoints, by endpoint name.
export { DraftList as list, Draft as get, Draft as save } from '../forms.ts';
