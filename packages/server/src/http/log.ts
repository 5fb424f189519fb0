// Structured logs: one line per event, JSON by default (for a log collector),
// or a short human-readable line for a terminal. Browser-safe (the mock runs
// the app): the sink is a function, stdout in the Node entries.

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

/** Fields of a log line beside `time`, `level` and `msg`; an `error` is written with its name, message and stack. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  readonly level: LogLevel;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function errorFields(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

function prettyValue(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/**
 * A logger writing lines at `level` and above to `write` (one call per line, no
 * trailing newline). `console` is the default sink: errors and warnings to
 * stderr, the rest to stdout.
 */
export function createLogger(options: { level: LogLevel; format: LogFormat; write?: (line: string, level: LogLevel) => void }): Logger {
  const { level, format } = options;
  const write = options.write ?? ((line: string, at: LogLevel) => (rank[at] >= rank.warn ? console.error(line) : console.log(line)));
  const emit = (at: LogLevel, msg: string, fields: LogFields = {}) => {
    if (rank[at] < rank[level]) return;
    const { error, ...rest } = fields;
    const all: LogFields = { ...rest, ...(error !== undefined ? { error: errorFields(error) } : {}) };
    const time = new Date().toISOString();
    if (format === 'json') {
      write(JSON.stringify({ time, level: at, msg, ...all }), at);
      return;
    }
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    delete all.error;
    const extra = Object.entries(all)
      .map(([k, v]) => `${k}=${prettyValue(v)}`)
      .join(' ');
    const errorText = error !== undefined && !stack ? ` error=${prettyValue(errorFields(error))}` : '';
    write(`${time.slice(11, 23)} ${at.toUpperCase().padEnd(5)} ${msg}${extra ? ` ${extra}` : ''}${errorText}${stack}`, at);
  };
  return {
    level,
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}
