// EMS coverage of the chosen area (快递送达): asked as soon as the area is
// complete, cached per client and locale for the session, and said in words —
// "✓ EMS 快递可送达，预计 1–2 天送达", or "✗ EMS 快递无法送达所选地区" with the
// server's reason, which also makes the address invalid (the form cannot be
// submitted). A failed check is said, with a retry, and does not block
// (views/coverage.ts says it).
import type { Coverage } from '@yiwang/contract';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost, DataState } from '../../base/controllers/data.ts';
import type { CoverageState } from './address-value.ts';
import { deliveryCoverage } from './division-cache.ts';

export class CoverageCheck {
  private readonly loader: DataController<Coverage, [string, string]>;

  /** `code`: the division to ask about, or null (no complete area, or a location that needs no delivery). */
  constructor(host: DataHost, code: () => string | null) {
    this.loader = new DataController<Coverage, [string, string]>(host, {
      endpoint: 'delivery.coverage',
      // The locale is an argument: the server words its reason in the applicant's language.
      args: () => {
        const division = code();
        return division ? [host.resolvedLocale, division] : null;
      },
      call: (client, [locale, division], signal) => deliveryCoverage(client, division, locale, signal),
      secondary: true,
    });
  }

  /** What validation needs to know. */
  get state(): CoverageState {
    const covered = this.loader.current?.covered;
    if (this.loader.state === 'pending') return 'checking';
    return covered === false ? 'not-covered' : covered ? 'covered' : 'unknown';
  }

  /** The check: not asked, pending, answered or failed. */
  get status(): DataState {
    return this.loader.state;
  }

  /** The server's answer, once there. */
  get result(): Coverage | undefined {
    return this.loader.current;
  }

  get error(): unknown {
    return this.loader.error;
  }

  /** Asks again (after a failed check). */
  readonly retry = (): void => this.loader.reload();
}
