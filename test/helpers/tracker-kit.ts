// Mounting <yw-progress-tracker> for the browser tests, against the
// mock or the reference server: inside a <yw-config>, with automatic refreshing
// off unless a test switches it on.
import type { ConfigClientOptions, YwProgressTracker } from '@yiwang/elements';

export interface TrackerMountOptions {
  /** A bearer token (the owner's view). */
  token?: string | undefined;
  locale?: string | undefined;
  elder?: boolean | undefined;
  clientOptions?: ConfigClientOptions | undefined;
}

/** Mounts the tracker with `attributes` under a <yw-config> for `baseUrl`; the config is pushed to `mounted` for removal. */
export async function mountTracker(
  baseUrl: string,
  mounted: Element[],
  attributes: Record<string, string> = {},
  options: TrackerMountOptions = {},
): Promise<YwProgressTracker> {
  const config = document.createElement('yw-config');
  config.setAttribute('api-base', baseUrl);
  if (options.locale) config.setAttribute('locale', options.locale);
  if (options.elder) config.setAttribute('elder', '');
  config.clientOptions = { retry: 0, ...options.clientOptions };
  const token = options.token;
  if (token) config.getToken = () => token;
  const el = document.createElement('yw-progress-tracker') as YwProgressTracker;
  el.setAttribute('refresh-interval', '0');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  config.append(el);
  document.body.append(config);
  mounted.push(config);
  await el.updateComplete;
  return el;
}
