// The CDN loader's order on a page's first look (src/loader.ts): what is on
// the first screen is imported at once, what is further down or not shown once
// that is in; anything that appears later at once. With stand-in modules (the
// built loader and its chunks are driven in the CSP e2e pages).
import { expect } from '@open-wc/testing';
import { afterEach, beforeEach, describe, it } from '@yiwang/test/helpers/mocha';
import { startLoader } from '../loader.ts';
import { firstScreen } from './first-screen.ts';
import type { Loader } from '../loader.ts';

/** Stand-in modules: each records that it was imported, and settles when the test says. */
function standIns(tags: string[]) {
  const imported: string[] = [];
  const settle = new Map<string, () => void>();
  const modules = Object.fromEntries(
    tags.map((tag) => [
      tag,
      () => {
        imported.push(tag);
        return new Promise<void>((resolve) => settle.set(tag, resolve));
      },
    ]),
  );
  return { modules, imported, settle: (tag: string) => settle.get(tag)!() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loader: the first screen first', () => {
  let page: HTMLElement;
  let loader: Loader | undefined;

  beforeEach(() => {
    page = document.createElement('div');
    document.body.append(page);
  });
  afterEach(() => {
    loader?.disconnect();
    loader = undefined;
    page.remove();
  });

  it('imports the elements on the first screen at once and the others once those are in', async () => {
    // <yw-config> wraps the page's elements, and is imported first whatever the size of what it wraps.
    page.innerHTML = `
      <yw-config>
        <yw-lt-top></yw-lt-top>
        <section hidden><yw-lt-hidden></yw-lt-hidden></section>
        <div style="height: ${window.innerHeight * 2}px"></div>
        <yw-lt-below></yw-lt-below>
        <yw-lt-top></yw-lt-top>
        <yw-lt-unknown></yw-lt-unknown>
      </yw-config>`;
    const { modules, imported, settle } = standIns(['yw-config', 'yw-lt-top', 'yw-lt-hidden', 'yw-lt-below']);
    loader = startLoader(modules);
    // What <yw-config> hands the SDK client, so that its transport waits for the first screen.
    let firstIn = false;
    void firstScreen()!.then(() => (firstIn = true));
    expect(imported).to.deep.equal(['yw-config', 'yw-lt-top']);
    settle('yw-config');
    await tick();
    expect(imported, 'not before every first one is in').to.deep.equal(['yw-config', 'yw-lt-top']);
    expect(firstIn, 'the first screen is not in yet').to.equal(false);
    settle('yw-lt-top');
    await tick();
    expect(imported).to.deep.equal(['yw-config', 'yw-lt-top', 'yw-lt-hidden', 'yw-lt-below']);
    expect(firstIn, 'the first screen is in').to.equal(true);
  });

  it('a first one that fails to load does not hold the others back', async () => {
    page.innerHTML = `<yw-lt-top></yw-lt-top><div style="height: ${window.innerHeight * 2}px"></div><yw-lt-below></yw-lt-below>`;
    const imported: string[] = [];
    loader = startLoader({
      'yw-lt-top': () => {
        imported.push('yw-lt-top');
        return Promise.reject(new Error('offline'));
      },
      'yw-lt-below': () => {
        imported.push('yw-lt-below');
        return Promise.resolve();
      },
    });
    const logged = console.error;
    console.error = () => {};
    try {
      await tick();
    } finally {
      console.error = logged;
    }
    expect(imported).to.deep.equal(['yw-lt-top', 'yw-lt-below']);
  });

  it('an element added later is imported when it appears, on screen or not', async () => {
    page.innerHTML = `<yw-lt-top></yw-lt-top><div style="height: ${window.innerHeight * 2}px"></div>`;
    const { modules, imported } = standIns(['yw-lt-top', 'yw-lt-below']);
    loader = startLoader(modules);
    expect(imported).to.deep.equal(['yw-lt-top']);
    page.append(document.createElement('yw-lt-below'));
    await tick();
    expect(imported).to.deep.equal(['yw-lt-top', 'yw-lt-below']);
  });

  it('with nothing on the first screen, everything is imported at once', async () => {
    page.innerHTML = `<div style="height: ${window.innerHeight * 2}px"></div><yw-lt-below></yw-lt-below>`;
    const { modules, imported } = standIns(['yw-lt-below']);
    loader = startLoader(modules);
    await tick();
    expect(imported).to.deep.equal(['yw-lt-below']);
  });
});
