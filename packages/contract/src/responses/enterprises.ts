// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the enterprises endpoints, by endpoint name.
export {
  EnterpriseAuthorisationList as mine,
  EnterpriseAuthorisationList as agents,
  EnterpriseAuthorisation as grantAgent,
} from '../enterprises.ts';
