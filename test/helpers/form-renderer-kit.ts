// Helpers of the <yw-form-renderer> browser tests: mounting against
// the mock, demo sign-in, filling fields the way an applicant does, reading the
// error summary, and small valid files.
import { waitUntil } from '@open-wc/testing';
import { createClient } from '@yiwang/sdk';
import type { FormSchema } from '@yiwang/contract';
import type { ConfigClientOptions, YwConfig, YwFormRenderer } from '@yiwang/elements';
import { inside, waitForState } from './element-suite.ts';
import { HONGQI_COUNTY } from '../fixtures/addresses.ts';
import type { BrowserMock } from './mock-worker.ts';

/** Where the API is: the in-page mock, or the reference server (reference-api.ts). */
export type ApiBase = Pick<BrowserMock, 'baseUrl'>;

export interface MountOptions {
  formId?: string;
  schema?: FormSchema;
  /** A demo user to sign in as. */
  user?: 'demo-person' | 'demo-enterprise';
  /** A token to use (instead of signing in again). */
  token?: string;
  attributes?: Record<string, string>;
  config?: Record<string, string>;
  clientOptions?: ConfigClientOptions;
  /** Wait for the session and drafts (default true). */
  settle?: boolean;
  /** Where to put it (default: document.body). */
  parent?: HTMLElement;
}

const mounted: Element[] = [];

/** A bearer token of a demo user. */
export async function signIn(mock: ApiBase, userId: 'demo-person' | 'demo-enterprise'): Promise<string> {
  const session = await createClient({ baseUrl: mock.baseUrl }).auth.demoSignIn({ userId });
  return session.token;
}

/** An SDK client of a demo user (to look at what the server has). */
export function clientFor(mock: ApiBase, token: string) {
  return createClient({ baseUrl: mock.baseUrl, getToken: () => token, retry: 0 });
}

export async function mount(
  mock: ApiBase,
  options: MountOptions = {},
): Promise<{ el: YwFormRenderer; config: YwConfig; token: string | null }> {
  const config = document.createElement('yw-config');
  config.setAttribute('api-base', mock.baseUrl);
  for (const [name, value] of Object.entries(options.config ?? {})) config.setAttribute(name, value);
  const token = options.token ?? (options.user ? await signIn(mock, options.user) : null);
  if (token) config.getToken = () => token;
  config.clientOptions = options.clientOptions ?? { retry: 0 };
  const el = document.createElement('yw-form-renderer');
  if (options.formId) el.setAttribute('form-id', options.formId);
  if (options.schema) el.schema = options.schema;
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  config.append(el);
  (options.parent ?? document.body).append(config);
  mounted.push(config);
  await waitForState(el, 'complete', 15_000);
  if (options.settle !== false) await waitUntil(() => el.settled, 'session and drafts loaded', { timeout: 15_000 });
  await el.updateComplete;
  return { el, config, token };
}

/** Removes what `mount` added and the device drafts. */
export function unmountAll(): void {
  for (const node of mounted.splice(0)) node.remove();
  for (const key of Object.keys(localStorage)) if (key.startsWith('yiwang:form:')) localStorage.removeItem(key);
}

/** The control of a field (`f-` + path with dots as dashes). */
export function control<T extends HTMLElement = HTMLInputElement>(el: YwFormRenderer, path: string): T {
  return inside<T>(el, `#f-${path.replace(/[.$]/g, '-')}`);
}

/** Types into a text field as a user does: focus, input events, then leaving it. */
export async function type(el: YwFormRenderer, path: string, text: string): Promise<void> {
  const input = control(el, path);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await el.updateComplete;
}

/** Picks a radio or checkbox option by its value. */
export async function pick(el: YwFormRenderer, path: string, value: string): Promise<void> {
  const id = `f-${path.replace(/[.$]/g, '-')}`;
  const input = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)].find((i) => i.value === value);
  if (!input) throw new Error(`no option ${value} of ${path}`);
  input.click();
  await el.updateComplete;
}

/** Chooses an option of a select. */
export async function select(el: YwFormRenderer, path: string, value: string): Promise<void> {
  const node = control<HTMLSelectElement>(el, path);
  node.value = value;
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Merges values into what is entered (as a restored draft would). */
export async function fill(el: YwFormRenderer, values: Record<string, unknown>): Promise<void> {
  el.data = { ...el.data, ...values };
  await el.updateComplete;
}

export function button(el: YwFormRenderer, part: string): HTMLButtonElement {
  return inside<HTMLButtonElement>(el, `[part~="${part}"]`);
}

/** The heading of the current step. */
export function heading(el: YwFormRenderer): string {
  return inside(el, '[part~="form"] [part~="step-heading"]').textContent!.trim();
}

/** Clicks "下一步" (or the submit button) and waits for the render. */
export async function next(el: YwFormRenderer): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"], [part~="submit-button"]')!.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Goes on until the step whose heading includes `title`. */
export async function nextUntil(el: YwFormRenderer, title: string): Promise<void> {
  for (let i = 0; i < 8 && !heading(el).includes(title); i++) {
    await next(el);
    if (el.shadowRoot!.querySelector('[part~="error-summary"]')) throw new Error(`stopped on ${heading(el)}: ${summary(el).join(' | ')}`);
  }
  if (!heading(el).includes(title)) throw new Error(`never reached ${title}, at ${heading(el)}`);
}

/** The messages of the error summary. */
export function summary(el: YwFormRenderer): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="error-summary"] li')].map((li) => li.textContent!.trim());
}

/** A small valid PDF (the server checks the magic bytes). */
export function pdf(name = '材料.pdf', size = 2048): File {
  const head = new TextEncoder().encode('%PDF-1.4\n');
  const bytes = new Uint8Array(size);
  bytes.set(head);
  bytes.fill(0x20, head.length);
  return new File([bytes], name, { type: 'application/pdf' });
}

/** Chooses files in a file input, as the file chooser does. */
export async function chooseFiles(el: YwFormRenderer, path: string, files: File[]): Promise<void> {
  const input = control(el, path);
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** 红旗区, 新乡市 (a county the reference server knows). */
export const HONGQI = HONGQI_COUNTY;

/** What demo-person enters in 个体工商户设立登记 besides what is prefilled (the premises by e-license). */
export const GETIHU = {
  composition: 'individual',
  submitter: 'self',
  shopName: '新乡经济技术开发区张记面馆',
  industry: 'catering',
  businessScope: ['daily-goods'],
  employees: '3',
  capital: '10',
  premisesAddress: HONGQI,
  premisesType: 'own',
  foodType: 'none',
  declaration: ['true'],
  $channel: 'online',
  $delivery: 'pickup',
};
