// (2) Type-checked as a consumer writes it, against the packed declarations
// only (skipLibCheck off, so every .d.ts in the packages is checked too).
import { createClient, ApiError } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';
import { isValidIdCard, ItemSearchResult } from '@yiwang/contract';
import type { ItemDetail } from '@yiwang/contract';
import type { YwItemSearch } from '@yiwang/elements';
import type { YwSelectDetail } from '@yiwang/elements';
import '@yiwang/elements/item-search.js';
import { createServer } from '@yiwang/server/node';
import type { YiwangServer } from '@yiwang/server/node';
import { createApp, defaultConfig } from '@yiwang/server';
import { createMockApi } from '@yiwang/mock';

/** Fails to compile when T is `any`: declarations that lost a type would pass unseen otherwise. */
type NotAny<T> = 0 extends 1 & T ? never : T;
const notAny = <T>(value: NotAny<T>): T => value as T;

const client: Client = createClient({ baseUrl: '/api/v1', locale: 'zh-CN' });
export async function firstItem(): Promise<ItemDetail | null> {
  try {
    const result = notAny(await client.items.search({ q: '营业执照' }));
    const hit = result.items[0];
    return hit ? await client.items.get(hit.item.id) : null;
  } catch (error) {
    if (error instanceof ApiError) console.log(error.status, error.code);
    return null;
  }
}

const search = document.createElement('yw-item-search');
const sameClass: YwItemSearch = search;
search.addEventListener('yw-select', (event) => {
  const detail: YwSelectDetail = notAny(event.detail);
  const name: string = notAny(detail.itemName);
  console.log(name, sameClass.tagName);
});

export const valid: boolean = isValidIdCard('11010519491231002X') && ItemSearchResult.safeParse({}).success === false;
export const server: Promise<YiwangServer> = createServer({ port: 0 }, { demoSite: false });
export const app = typeof createApp;
export const config = defaultConfig({ demoSignIn: false }).port;
export const mock = createMockApi;
