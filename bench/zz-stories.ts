import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer from 'puppeteer-core';
const ROOT = join(import.meta.dirname, '..', 'storybook-static');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  let file = join(ROOT, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }); res.end(readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const id of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await page.goto(`${origin}/iframe.html?id=elements-yw-form-renderer--${id}&viewMode=story`);
  await page.waitForFunction(() => (document.querySelector('yw-form-renderer') as any)?.settled, { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 4000));
  const text = await page.evaluate(() => (document.querySelector('yw-form-renderer') as any).shadowRoot.textContent.replace(/\s+/g, ' '));
  console.log(id, '=>', text.slice(0, 600));
  await page.screenshot({ path: `/tmp/fr/${id}.png`, fullPage: false });
  await page.close();
}
await browser.close(); server.close();
