// Handlers of the operator endpoints (bearer operator token): move an
// application along its lifecycle, read and set the simulated clock.
import type { GroupHandlers } from '../http/handler.ts';
import { toIso } from '../domain/time.ts';
import { applicationNotFound, lifecycleEnv, progressOf } from '../applications/handling.ts';
import { applyAction } from '../applications/lifecycle.ts';
import { loadApplication, saveOutcome } from '../applications/store.ts';

const operator: GroupHandlers<'operator'> = {
  async act(ctx) {
    const record = await ctx.services.db.transaction(async (tx) => {
      const current = await loadApplication(tx, ctx.params.number, true);
      if (!current) throw applicationNotFound();
      const outcome = applyAction(current, ctx.body, lifecycleEnv(ctx));
      await saveOutcome(tx, outcome, ctx.now);
      return { ...current, ...outcome.snapshot, updatedAt: ctx.now };
    });
    return progressOf(ctx, record, 'operator');
  },

  async clock(ctx) {
    return { now: toIso(ctx.now), simulated: await ctx.services.clock.simulated() };
  },

  async setClock(ctx) {
    const { clock } = ctx.services;
    await clock.set(ctx.body.now === null ? null : new Date(ctx.body.now));
    return { now: toIso(await clock.now()), simulated: await clock.simulated() };
  },
};

/** Handlers of the operator group. */
export const operatorRoutes = { operator };
