// The four error states every element has a story for, as faults of the mock
// API on the endpoint the element's data comes from: one definition of what
// each state means, for every stories file.
import type { Fault } from '@yiwang/mock';

/** Story parameters that put `endpoint` into each error state. */
export function errorStates(endpoint: string) {
  const faults = (fault: Omit<Fault, 'endpoint'>) => ({ parameters: { yiwang: { faults: [{ endpoint, ...fault }] } } });
  return {
    /** 503 three times: the SDK's two retries and the first call, so the error state shows; "重试" then succeeds. */
    ServerError: faults({ status: 503, times: 3 }),
    /** 429 with `Retry-After: 30`: the message says how long to wait. */
    RateLimited: faults({ status: 429, retryAfter: 30 }),
    /** The connection drops. */
    NetworkError: faults({ drop: true }),
    /** The answer does not match the contract. */
    ContractError: faults({ violateContract: true }),
  };
}
