// Messages and Intl formatting in the element's current locale. The locale is
// read on every call (from the host's own attribute or its <yw-config>), and the
// host re-renders when it changes, so switching `locale` re-renders every string.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { format, translations, registerMessages } from '../../i18n/index.ts';
import type { Locale, MessageArgs, MessageKey } from '../../i18n/index.ts';
import { describeError } from '../../i18n/errors.ts';
import type { ErrorDescription } from '../../i18n/errors.ts';
import { commonMessages } from '../../i18n/messages/common.ts';

/** The shared messages (states, errors) are registered when the first controller is created, not when this module loads. */
let commonRegistered = false;

export interface LocalizeHost extends ReactiveControllerHost {
  /** The locale in effect. */
  readonly resolvedLocale: Locale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, locale: string, options: object | undefined, make: () => F): F {
  const key = `${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

export class LocalizeController implements ReactiveController {
  private readonly host: LocalizeHost;

  constructor(host: LocalizeHost) {
    if (!commonRegistered) {
      commonRegistered = true;
      registerMessages(commonMessages);
    }
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  get locale(): Locale {
    return this.host.resolvedLocale;
  }

  /** A message of the current locale's table. */
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    const table = translations[this.locale];
    // A table that could not be fetched: zh-CN's words rather than keys.
    return format(table[key] === undefined ? translations['zh-CN'] : table, key, args);
  }

  /** A number in the locale's notation (`1,234`). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cached(numberFormats, this.locale, options, () => new Intl.NumberFormat(this.locale, options)).format(value);
  }

  /** A 0–1 ratio as a percentage (`85.7%`), one decimal at most. */
  percent(ratio: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }): string {
    return this.number(ratio, { style: 'percent', ...options });
  }

  /** A date or timestamp (`2026年1月2日` / `January 2, 2026` by default; `dateStyle` is missing before Safari 14.1). */
  date(value: Date | string | number, options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' }): string {
    const date = value instanceof Date ? value : new Date(value);
    return cached(dateFormats, this.locale, options, () => new Intl.DateTimeFormat(this.locale, options)).format(date);
  }

  /** What to tell the applicant about an error. */
  error(error: unknown): ErrorDescription {
    return describeError(error, translations[this.locale]);
  }
}
