// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the files endpoints, by endpoint name.
export { FileMeta as upload, FileMeta as get } from '../files.ts';
