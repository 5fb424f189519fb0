// Everything a handler needs, built once per server (or per mock) instance.
import type { Context } from 'hono';
import type { Db } from './db/db.ts';
import { json, notify } from './db/db.ts';
import { migrate } from './db/migrations.ts';
import type { ServerConfig } from './config.ts';
import { createTokenSigner } from './http/auth.ts';
import type { TokenSigner } from './http/auth.ts';
import type { DivisionIndex } from './divisions/divisions.ts';
import { loadCatalog } from './catalog/catalog.ts';
import type { Catalog } from './catalog/catalog.ts';
import type { CompiledDictionary } from './catalog/dictionary.ts';
import type { CatalogImporter } from './catalog/import/importer.ts';
import { CATALOG_CHANNEL, createLiveCatalog } from './catalog/live.ts';
import type { LiveCatalog, LiveCatalogLog } from './catalog/live.ts';
import { ZeroResultLog } from './catalog/zero-results.ts';
import type { ZeroResultLogOptions } from './catalog/zero-results.ts';
import type { WorkingCalendar } from './domain/workdays.ts';
import { createLiveCalendar } from './calendar/calendar.ts';
import type { LiveCalendar } from './calendar/calendar.ts';
import { CALENDAR_CHANNEL, loadStoredYears } from './calendar/store.ts';
import type { IdentityAdapter } from './identity/identity.ts';
import { createIdNumberHasher, hashStoredIdNumbers } from './identity/users.ts';
import type { IdNumberHasher } from './identity/users.ts';
import { seedDatabase } from './seed/load.ts';
import { developmentCarrier } from './delivery/carrier.ts';
import type { Carrier } from './delivery/carrier.ts';
import type { SeedData } from './seed/load.ts';
import type { ResultSealer } from './seal/seal.ts';
import { createLogger } from './http/log.ts';
import type { Logger } from './http/log.ts';
import { devInboxSms, smsChannel } from './notify/channel.ts';
import type { NotificationChannel, SmsAdapter } from './notify/channel.ts';
import { createNotifier } from './notify/dispatcher.ts';
import { expireDueSupplements } from './applications/expiry.ts';
import type { Notifier } from './notify/dispatcher.ts';
import { createDbFileStore, readMultipartBuffered } from './files/file-store.ts';
import type { FileStore, MultipartReader } from './files/file-store.ts';

/** The server's notion of now: real time, or a simulated time set by an operator (kept in the database). */
export interface Clock {
  now(): Promise<Date>;
  /** Sets the simulated time; null returns to real time. */
  set(now: Date | null): Promise<void>;
  simulated(): Promise<boolean>;
}

export interface Services {
  db: Db;
  config: ServerConfig;
  signer: TokenSigner;
  /** The identity provider's adapter whose tokens the API accepts beside its own; null: own tokens only. */
  identity: IdentityAdapter | null;
  /** Keyed hash of identity numbers from providers (stored for matching, never the number). */
  hashIdNumber: IdNumberHasher;
  clock: Clock;
  /**
   * The catalog in force. Read it once per request (a handler that awaits
   * between two reads takes `const catalog = services.catalog` first): a
   * reload swaps it whole.
   */
  readonly catalog: Catalog;
  /** The swappable catalog behind `catalog`: reload after an import. */
  catalogs: LiveCatalog;
  /** Imports uploaded catalog files (Node only); null where the server offers no import (the browser mock). */
  catalogImporter: CatalogImporter | null;
  divisions: DivisionIndex;
  /**
   * The holiday calendar in force (read it once per request, like the catalog):
   * the built-in table with the years an administrator set.
   */
  readonly calendar: WorkingCalendar;
  /** The swappable calendar behind `calendar`: reload after a year is set. */
  calendars: LiveCalendar;
  /** Issues waybill numbers when staff dispatch a result without one (寄递), and reports a waybill's tracking events. */
  carrier: Carrier;
  /** Counts of searches that found nothing (buffered; written on an interval). */
  zeroResults: ZeroResultLog;
  /** Seals result documents at 制证 (Node only); null where there is none (the browser mock): no signed PDF is issued. */
  sealer: ResultSealer | null;
  /**
   * Sends what the notification outbox holds through the applicant channels and
   * to webhook subscriptions: `notifier.dispatchDue(now)`; the Node server runs
   * it on an interval (`notifier.start`), which `close()` stops.
   */
  notifier: Notifier;
  /** Where uploaded files' content lives: the database, or a directory (`fileStore` config). */
  files: FileStore;
  /** Reads a multipart request's file into `files`: buffered (browser mock) or streamed (Node). */
  readMultipart: MultipartReader;
  /** The client's address for rate limiting. */
  clientAddress(c: Context): string;
  /** Where requests, errors and catalog reloads are logged. */
  log: Logger;
  /** Stops the notification dispatcher (waiting for a run in progress), writes what is buffered (zero-result counts) and stops the timers; call before closing the database. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  db: Db;
  config: ServerConfig;
  divisions: DivisionIndex;
  /** Seed data for an empty database (when `config.seed`); the demo applications come with it. */
  seed?: SeedData;
  /** The search dictionary (synonyms, fillers); the built-in one when omitted. */
  searchDictionary?: CompiledDictionary;
  clientAddress?: (c: Context) => string;
  /** The catalog import of `POST /admin/catalog/imports`; without it the endpoint answers 501. */
  catalogImporter?: CatalogImporter;
  /**
   * Reload the catalog when an import on this database announces a new version,
   * and the holiday calendar when a year is set, and keep the simulated clock's
   * offset until a change is announced (LISTEN; default true). The command
   * lines, which serve nothing, turn it off.
   */
  watchCatalog?: boolean;
  /** Where catalog reloads are logged; `log` when omitted. */
  catalogLog?: LiveCatalogLog;
  /** The logger; one writing to the console at `config.log` when omitted. */
  log?: Logger;
  /** Buffering of the zero-result search counts (flush interval …). */
  zeroResults?: ZeroResultLogOptions;
  /**
   * The identity provider's adapter (identity/oidc.ts builds one from `config.oidc`).
   * Passed in rather than built here, so the browser mock never loads a provider's code.
   */
  identity?: IdentityAdapter;
  /** The carrier adapter of 寄递; the development adapter (local EMS numbers, a timeline over the working calendar) when omitted. */
  carrier?: Carrier;
  /**
   * The sealer of result documents over this database (seal/node.ts builds one
   * from the configuration). Passed in, so the browser mock loads no PDF or crypto code.
   */
  seal?: (db: Db) => ResultSealer;
  /**
   * Notifications: the SMS gateway's adapter (default: the development inbox when
   * `config.notify.devSmsInbox`, else no SMS channel), further applicant channels,
   * and the HTTP client of webhooks (global fetch when omitted).
   */
  notify?: { sms?: SmsAdapter; channels?: NotificationChannel[]; fetch?: typeof fetch };
  /** The file store (fs-store.ts builds the directory one on Node); the database when omitted. */
  fileStore?: FileStore;
  /** The multipart reader; the buffered one (`formData()`) when omitted, the streaming one on Node (fs-store.ts). */
  readMultipart?: MultipartReader;
}

/** Where a change of the simulated clock is announced, so every instance drops the offset it keeps. */
const CLOCK_CHANNEL = 'yiwang_clock';

/**
 * The clock over the `settings` row of the simulated offset. With `watch`, the
 * offset is read once and kept until a change here or a notification from
 * another instance on the database (every request asks for the time, so
 * this saves a query per request); without it, it is read on every call.
 */
async function createClock(db: Db, watch: boolean): Promise<Clock> {
  const read = async () => {
    const [row] = await db.query<{ value: { offsetMs: number } }>("SELECT value FROM settings WHERE key = 'clock'");
    return row?.value.offsetMs ?? null;
  };
  // A read begun before a change must not be kept after it: each kept read carries the generation it began in.
  let generation = 0;
  let kept: { generation: number; offset: Promise<number | null> } | null = null;
  const forget = () => {
    generation++;
    kept = null;
  };
  const offset = () => {
    if (!watch) return read();
    if (kept?.generation !== generation) {
      const offset = read();
      kept = { generation, offset };
      offset.catch(() => kept?.offset === offset && forget());
    }
    return kept!.offset;
  };
  if (watch) await db.listen(CLOCK_CHANNEL, forget, { onReconnect: forget });
  return {
    async now() {
      return new Date(Date.now() + ((await offset()) ?? 0));
    },
    async set(now) {
      if (now === null) await db.query("DELETE FROM settings WHERE key = 'clock'");
      else
        await db.query(`INSERT INTO settings (key, value) VALUES ('clock', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
          json({ offsetMs: now.getTime() - Date.now() }),
        ]);
      forget();
      await notify(db, CLOCK_CHANNEL, '');
    },
    async simulated() {
      return (await offset()) !== null;
    },
  };
}

/** A secret from the configuration, or one generated once and kept in the database under `key`. */
async function secret(db: Db, key: string, configured: string | null): Promise<string> {
  if (configured) return configured;
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const fresh = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, json(fresh)]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
  return row?.value ?? fresh;
}

/** Migrates (and on first run seeds) the database, then builds the services. */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const { db, config } = options;
  await migrate(db);
  const signer = await createTokenSigner(await secret(db, 'token_secret', config.tokenSecret));
  const hashIdNumber = await createIdNumberHasher(await secret(db, 'identity_hash_key', config.identityHashKey));
  const clock = await createClock(db, options.watchCatalog !== false);
  const log = options.log ?? createLogger(config.log);
  const calendars = createLiveCalendar(
    { holidays: config.holidays, makeupWorkdays: config.makeupWorkdays },
    await loadStoredYears(db),
    () => loadStoredYears(db),
  );
  if (config.seed && options.seed)
    await seedDatabase(db, options.seed, { divisions: options.divisions, calendar: calendars.current, now: () => clock.now() });
  const catalogs = createLiveCatalog(
    await loadCatalog(db, options.searchDictionary),
    () => loadCatalog(db, options.searchDictionary),
    options.catalogLog ?? { info: (message) => log.info(message), error: (message, error) => log.error(message, { error }) },
  );
  if (options.watchCatalog !== false) {
    // Stopped by db.close(). After a lost connection the catalog is read again: an import may have been missed.
    await db.listen(CATALOG_CHANNEL, (payload) => void catalogs.reload({ atLeastVersion: Number(payload) || undefined }), {
      onReconnect: () => void catalogs.reload(),
    });
    // A year set through another server or the command line; after a lost connection the years are read again.
    await db.listen(CALENDAR_CHANNEL, () => void calendars.reload(), { onReconnect: () => void calendars.reload() });
  }
  const zeroResults = new ZeroResultLog(db, options.zeroResults);
  const files = options.fileStore ?? createDbFileStore();
  // What uploads interrupted by a stopped process left in the store.
  await files.sweep?.(db);
  await hashStoredIdNumbers(db, hashIdNumber);
  // After the seed: channels get the messages of steps taken from now on, not the demo applications' history.
  const sms = options.notify?.sms ?? (config.notify.devSmsInbox ? devInboxSms(db) : null);
  const notifier = await createNotifier(
    {
      db,
      channels: [...(sms ? [smsChannel(sms)] : []), ...(options.notify?.channels ?? [])],
      backoffMs: config.notify.backoffMs,
      maxBackoffMs: config.notify.maxBackoffMs,
      webhookTimeoutMs: config.notify.webhookTimeoutMs,
      reminders: { days: config.deferredReminderDays, calendar: () => calendars.current },
      ...(config.supplementExpiry === 'reject'
        ? {
            expireSupplements: async (now: Date) =>
              (await expireDueSupplements(db, { now, calendar: calendars.current, maxExtensions: config.maxExtensions })).length,
          }
        : {}),
      ...(options.notify?.fetch ? { fetch: options.notify.fetch } : {}),
    },
    await clock.now(),
  );
  return {
    db,
    config,
    signer,
    identity: options.identity ?? null,
    hashIdNumber,
    clock,
    divisions: options.divisions,
    get calendar() {
      return calendars.current;
    },
    calendars,
    carrier: options.carrier ?? developmentCarrier(() => calendars.current),
    files,
    readMultipart: options.readMultipart ?? readMultipartBuffered,
    clientAddress: options.clientAddress ?? (() => 'unknown'),
    log,
    get catalog() {
      return catalogs.current;
    },
    catalogs,
    catalogImporter: options.catalogImporter ?? null,
    zeroResults,
    sealer: options.seal ? options.seal(db) : null,
    notifier,
    async close() {
      await notifier.stop();
      await zeroResults.close();
    },
  };
}
