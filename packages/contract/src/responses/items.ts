// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the items endpoints, by endpoint name.
export { ItemSearchResult as search, SuggestResult as suggest, HotResult as hot, ItemDetail as get } from '../catalog.ts';
