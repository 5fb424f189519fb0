// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the forms endpoints, by endpoint name.
export {
  FormSchema as get,
  FormSchema as getVersion,
  FormVersionList as versions,
  FormPublished as publish,
  FormSchema as starter,
} from '../forms.ts';
