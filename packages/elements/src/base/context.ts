// What <yw-config> shares with the elements inside it, through @lit/context.
// The key is a registered symbol so that two copies of the library on one page
// (the CDN bundle and an npm build) still find each other's <yw-config>.
import { createContext } from '@lit/context';
import type { Client } from '@yiwang/sdk';
import type { Locale } from '../i18n/index.ts';
import type { Theme } from './styles/token-css.ts';

export interface YwConfigValue {
  /** The SDK client, or null when no `api-base` is set. */
  readonly client: Client | null;
  readonly locale: Locale;
  readonly elder: boolean;
  readonly theme: Theme;
  /**
   * Starts the site's sign-in (the `signIn` hook of <yw-config>, or its
   * `sign-in-url`); null when the site offers none. Elements that need a user
   * show their sign-in state with a button only when there is one.
   */
  readonly signIn?: (() => void) | null;
}

export const configContext = createContext<YwConfigValue>(Symbol.for('yiwang.config'));
