// The development SMS inbox page, `GET /dev/inbox` (Node server only, while
// SMS go to the development inbox): what the SMS channel sent, newest first,
// the mobile numbers masked (138****0000). Text only: every value is escaped
// by hono's `html` template, and the page's own Content-Security-Policy allows
// no script and only its one inline style (by hash).
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { maskMobile } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { toIso } from '../domain/time.ts';
import { listSms } from './store.ts';

export const INBOX_PATH = '/dev/inbox';

/** How many SMS the page shows. */
const SHOWN = 200;

const STYLE = `body{font:16px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem}ol{list-style:none;padding:0}li{border:1px solid #767676;border-radius:6px;margin:0 0 .75rem;padding:.75rem}
.meta{color:#4a4a4a;font-size:.875rem;margin:0 0 .25rem}p{margin:0}a{color:#0b57d0}`;

/** The page's Content-Security-Policy: nothing but its inline style. */
export const INBOX_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The inbox page over `db`'s `sms_inbox`. */
export function inboxPage(db: Queryable): Hono {
  const app = new Hono();
  app.get(INBOX_PATH, async (c) => {
    const messages = await listSms(db, SHOWN);
    c.header('Content-Security-Policy', INBOX_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    return c.html(html`<!doctype html>
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>短信收件箱（开发）</title>
          <style>${raw(STYLE)}</style>
        </head>
        <body>
          <main>
            <h1>短信收件箱（开发环境）</h1>
            <p>开发用短信通道发送的短信，最新的在前（最多 ${SHOWN} 条）。手机号已脱敏。</p>
            <p><a href="/">返回演示站点</a></p>
            ${
              messages.length === 0
                ? html`<p role="status">还没有短信。</p>`
                : html`<ol aria-label="短信">
                  ${messages.map(
                    (m) =>
                      html`<li data-message-id="${m.messageId}">
                        <p class="meta"><span class="to">${maskMobile(m.mobile)}</span> · <time datetime="${toIso(m.at)}">${toIso(m.at).slice(0, 16).replace('T', ' ')}</time></p>
                        <p class="text">${m.text}</p>
                      </li>`,
                  )}
                </ol>`
            }
          </main>
        </body>
      </html>`);
  });
  return app;
}
