// Handlers of the delivery group: whether EMS delivers results to a division.
import type { GroupHandlers } from '../http/handler.ts';
import { divisionNotFound } from '../divisions/lookup.ts';
import { deliveryCoverage } from './coverage.ts';

const delivery: GroupHandlers<'delivery'> = {
  coverage: async ({ query, services, locale }) => {
    const coverage = deliveryCoverage(query.divisionCode, services.divisions, locale);
    if (!coverage) throw divisionNotFound(query.divisionCode);
    return coverage;
  },
};

/** Handlers of the delivery group. */
export const deliveryRoutes = { delivery };
