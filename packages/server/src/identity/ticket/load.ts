// Reads a deployment's ticket-service configuration: `YIWANG_TICKET_CONFIG`
// names a JSON file (config.ts, `TicketConfigInput`); `YIWANG_TICKET_SECRET`
// gives the signing secret (kept out of the file) and `YIWANG_TICKET_APP_ID`
// may override the app id; the file's `module` is imported as the adapter
// module. Node-only.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTicketAdapter } from './adapter.ts';
import type { TicketAdapter, TicketAdapterModule } from './adapter.ts';
import { ticketConfig } from './config.ts';
import type { TicketConfigInput } from './config.ts';

/** The adapter `YIWANG_TICKET_CONFIG` describes; null when it is unset. */
export async function loadTicketAdapter(env: Record<string, string | undefined>): Promise<TicketAdapter | null> {
  const file = env.YIWANG_TICKET_CONFIG;
  if (!file) return null;
  let input: TicketConfigInput;
  try {
    input = JSON.parse(readFileSync(file, 'utf8')) as TicketConfigInput;
  } catch (cause) {
    throw new Error(`YIWANG_TICKET_CONFIG: ${file} is not a readable JSON file`, { cause });
  }
  if (env.YIWANG_TICKET_SECRET) input.signature = { ...input.signature, secret: env.YIWANG_TICKET_SECRET };
  if (env.YIWANG_TICKET_APP_ID) input.appId = env.YIWANG_TICKET_APP_ID;
  const config = ticketConfig(input);
  let module: TicketAdapterModule | undefined;
  if (config.module) {
    const path = resolve(dirname(resolve(file)), config.module);
    module = (await import(pathToFileURL(path).href)) as TicketAdapterModule;
  }
  return createTicketAdapter(config, module ? { module } : {});
}
