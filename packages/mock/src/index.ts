export { createMockApi, MOCK_ADMIN_TOKEN, MOCK_OPERATOR_TOKEN } from './handlers.ts';
export type { MockApi, MockOptions } from './handlers.ts';
export { FaultController, endpointOf, violate } from './faults.ts';
export type { Fault, FaultAction } from './faults.ts';
