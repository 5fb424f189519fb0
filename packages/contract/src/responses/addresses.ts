// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the addresses endpoints, by endpoint name.
export { AddressList as list, Address as create, Address as update, AddressParseResult as parse } from '../addresses.ts';
