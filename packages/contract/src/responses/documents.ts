// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the documents endpoints, by endpoint name.
export { DocumentVerification as verify, DocumentVerification as check, DocumentVerification as revoke } from '../documents.ts';
