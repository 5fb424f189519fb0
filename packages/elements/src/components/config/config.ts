import { css, html } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { createClient } from '@yiwang/sdk';
import type { Client, ClientConfig } from '@yiwang/sdk';
import { YwElement } from '../../base/yw-element.ts';
import { configContext } from '../../base/context.ts';
import { firstScreen } from '../../base/first-screen.ts';
import type { YwConfigValue } from '../../base/context.ts';
import { YwActingChangeEvent } from '../../base/events/shared.ts';

/** Client settings `<yw-config>` passes to `createClient` besides the base URL, token and locale. */
export type ConfigClientOptions = Omit<ClientConfig, 'baseUrl' | 'getToken' | 'locale' | 'actingFor'>;

/**
 * Shares one SDK client, the locale, the colour scheme and elder mode with every
 * yiwang element inside it, so that the elements need no attributes of their
 * own. An element's own attribute still wins over the one of its `<yw-config>`;
 * a `<yw-config>` inside another inherits what it does not set.
 *
 * @summary Configuration for the yiwang elements inside it: API base, sign-in token, locale, theme, elder mode.
 * @tag yw-config
 *
 * @slot - The page content that contains yiwang elements.
 */
export class YwConfig extends YwElement {
  static override tagName = 'yw-config';
  // Its children are the page's own content: their language is the page's.
  protected static override marksLanguage = false;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    getToken: { attribute: false },
    clientOptions: { attribute: false },
    signIn: { attribute: false },
    signInUrl: { attribute: 'sign-in-url' },
    actingFor: { attribute: 'acting-for', reflect: true },
  };

  /**
   * Returns the applicant's bearer token for signed-in sites; asked before every
   * call and never stored. Setting it gives the elements a new client, so they
   * reload what depends on who is signed in.
   */
  declare getToken: ClientConfig['getToken'] | undefined;
  /** Further `createClient` settings (timeouts, retries, headers, request hooks). */
  declare clientOptions: ConfigClientOptions | undefined;
  /**
   * The site's sign-in, called by the sign-in buttons of the elements inside
   * (the form, my applications, the address book): the site decides what
   * signing in means (its SSO, a dialog, a redirect). Without it the buttons
   * follow `sign-in-url`; with neither, the elements show no sign-in button.
   */
  declare signIn: (() => void | Promise<void>) | undefined;
  /**
   * Where the default sign-in goes: the page is sent there with `returnTo` set
   * to the current address (its path when the URL is on the page's origin, else
   * the whole URL), e.g. the reference server's `/auth/oidc/login`.
   */
  declare signInUrl: string | undefined;
  /**
   * The enterprise the signed-in person acts for (an id from `me.get()`'s
   * `enterprises`), sent by the client as `Yiwang-Acting-For`; empty: the person.
   * Changing it gives the elements a new client, so they reload. A
   * `yw-acting-change` from inside (`<yw-account-switch>`) sets it on the
   * `<yw-config>` that makes the client.
   */
  declare actingFor: string | null | undefined;

  private readonly onActingChange = (event: YwActingChangeEvent) => {
    // The <yw-config> that builds the client takes it; one that inherits its client lets it bubble on.
    if (!this.apiBase || event.defaultPrevented) return;
    event.stopPropagation();
    this.actingFor = event.detail.enterpriseId;
  };

  constructor() {
    super();
    this.addEventListener(YwActingChangeEvent.eventName, this.onActingChange);
  }

  private readonly startSignIn = () => this.requestSignIn();

  private readonly provider = new ContextProvider(this, { context: configContext });
  private built: { key: readonly unknown[]; client: Client } | null = null;

  /** The client the elements inside use (null without `api-base`); page scripts may use it too. */
  override get client(): Client | null {
    if (!this.apiBase) return this.inherited?.client ?? null;
    const key = [this.apiBase, this.getToken, this.clientOptions, this.actingFor || null] as const;
    if (!this.built || this.built.key.some((v, i) => v !== key[i])) {
      const getToken = this.getToken;
      this.built = {
        key,
        client: createClient({
          preloadAfter: firstScreen(),
          ...this.clientOptions,
          baseUrl: this.apiBase,
          ...(getToken ? { getToken } : {}),
          actingFor: this.actingFor || null,
          locale: () => this.resolvedLocale,
        }),
      };
    }
    return this.built.client;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.share();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.share();
  }

  /** The address the default sign-in goes to (`sign-in-url` with `returnTo`), or null without `sign-in-url`. */
  signInHref(): string | null {
    if (!this.signInUrl) return null;
    const url = new URL(this.signInUrl, location.href);
    const here = url.origin === location.origin ? `${location.pathname}${location.search}${location.hash}` : location.href;
    url.searchParams.set('returnTo', here);
    return url.href;
  }

  /** Starts the sign-in: the `signIn` hook, else the page goes to `signInHref()`, else the `<yw-config>` above decides. */
  requestSignIn(): void {
    if (this.signIn) {
      void Promise.resolve()
        .then(() => this.signIn?.())
        .catch((error: unknown) => console.error('yw-config signIn failed:', error));
      return;
    }
    const href = this.signInHref();
    if (href) location.assign(href);
    else this.inherited?.signIn?.();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  /** Gives descendants a new value object when anything in it changed. */
  private share(): void {
    const next: YwConfigValue = {
      client: this.client,
      locale: this.resolvedLocale,
      elder: this.resolvedElder,
      theme: this.resolvedTheme,
      signIn: this.signIn || this.signInUrl ? this.startSignIn : (this.inherited?.signIn ?? null),
    };
    const current = this.provider.value as YwConfigValue | undefined;
    if (!current || (Object.keys(next) as Array<keyof YwConfigValue>).some((k) => next[k] !== current[k])) this.provider.setValue(next);
  }
}
