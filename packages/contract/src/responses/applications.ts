// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the applications endpoints, by endpoint name.
export {
  ApplicationReceipt as create,
  ApplicationPage as list,
  Progress as progress,
  Progress as supplement,
  Progress as supplyDeferred,
  Progress as withdraw,
  Evaluation as evaluate,
} from '../applications.ts';
