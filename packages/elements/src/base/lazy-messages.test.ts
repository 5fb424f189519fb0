// Messages of the active locale only: an element's zh-CN half comes with it,
// another locale's half is fetched when an element first speaks it, and until
// it is in the element does not render — never untranslated text, never a mix
// of languages. Also the views fetched when opened (LazyModule): the element's
// updateComplete waits for them. Probe elements with parts whose en half is a
// promise the test settles.
import { expect } from '@open-wc/testing';
import { css, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { YwElement } from './yw-element.ts';
import { LocalizeController } from './controllers/localize.ts';
import { LazyModule } from './controllers/lazy.ts';
import { LazyPart } from './controllers/lazy-part.ts';
import { ensureMessages, translations } from '../i18n/index.ts';
import type { MessagePart } from '../i18n/index.ts';
import { describe, it } from '@yiwang/test/helpers/mocha';

/** A promise and its resolve function. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const enHalf = deferred<object>();
let enFetches = 0;
const probePart: MessagePart = {
  'zh-CN': { 'probe.greeting': '你好' },
  en: () => {
    enFetches += 1;
    return enHalf.promise;
  },
};

class LocaleProbe extends YwElement {
  static override tagName = 'yw-locale-probe';
  protected static override messageParts = [probePart];
  private readonly localize = new LocalizeController(this);
  protected override render() {
    return html`<p>${this.localize.t('probe.greeting' as never)}</p>`;
  }
}
LocaleProbe.define();

const viewModule = deferred<{ text: string }>();
class ViewProbe extends YwElement {
  static override tagName = 'yw-view-probe';
  static override properties: PropertyDeclarations = { open: { type: Boolean } };
  declare open: boolean;
  readonly views = new LazyModule(this, () => viewModule.promise);
  constructor() {
    super();
    this.open = false;
  }
  protected override render() {
    const views = this.open ? this.views.get() : undefined;
    return html`<p>closed</p>${views ? html`<p class="view">${views.text}</p>` : nothing}`;
  }
}
ViewProbe.define();

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

describe('messages of the active locale', () => {
  it('zh-CN renders at once; en is fetched once, on first use, and nothing renders before it is in', async () => {
    const zh = document.createElement('yw-locale-probe') as LocaleProbe;
    document.body.append(zh);
    await zh.updateComplete;
    expect(text(zh)).to.equal('你好');
    expect(enFetches, 'no English fetched for a zh-CN page').to.equal(0);
    expect(ensureMessages('zh-CN', [probePart])).to.equal(null);

    const en = document.createElement('yw-locale-probe') as LocaleProbe;
    en.locale = 'en';
    document.body.append(en);
    const updated = en.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(enFetches).to.equal(1);
    expect(en.shadowRoot?.textContent ?? '', 'no untranslated text while the table loads').to.not.include('你好');
    enHalf.resolve({ 'probe.greeting': 'Hello' });
    await updated;
    expect(text(en)).to.equal('Hello');
    expect(en.getAttribute('lang')).to.equal('en');
    expect((translations.en as unknown as Record<string, string>)['probe.greeting']).to.equal('Hello');
    expect(ensureMessages('en', [probePart]), 'fetched once').to.equal(null);

    // A switch to a loaded locale is immediate.
    zh.locale = 'en';
    await zh.updateComplete;
    expect(text(zh)).to.equal('Hello');
    expect(enFetches).to.equal(1);
    zh.remove();
    en.remove();
  });

  it('a switch keeps the old language until the new table is in, then changes every string at once', async () => {
    const later = deferred<object>();
    const part: MessagePart = { 'zh-CN': { 'probe.switch': '切换' }, en: () => later.promise };
    class SwitchProbe extends YwElement {
      protected static override messageParts = [part];
      private readonly localize = new LocalizeController(this);
      protected override render() {
        return html`<p>${this.localize.t('probe.switch' as never)}</p>`;
      }
    }
    SwitchProbe.define('yw-switch-probe');
    const el = document.createElement('yw-switch-probe') as SwitchProbe;
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('切换');
    el.locale = 'en';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(el), 'the zh-CN text stays while en loads').to.equal('切换');
    expect(el.getAttribute('lang')).to.equal('zh-CN');
    later.resolve({ 'probe.switch': 'Switch' });
    await el.updateComplete;
    expect(text(el)).to.equal('Switch');
    expect(el.getAttribute('lang')).to.equal('en');
    el.remove();
  });
});

describe('views fetched when opened (LazyModule, LazyPart)', () => {
  it('fetches the module when first asked for, and updateComplete waits for it', async () => {
    const el = document.createElement('yw-view-probe') as ViewProbe;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.view')).to.equal(null);
    el.open = true;
    const updated = el.updateComplete;
    setTimeout(() => viewModule.resolve({ text: 'the view' }), 30);
    await updated;
    expect(el.shadowRoot!.querySelector('.view')?.textContent).to.equal('the view');
    el.remove();
  });

  it("brings the module's own words and styles; after a switch the old language stays until the part's new words are in", async () => {
    const enWords = deferred<object>();
    const part: MessagePart = { 'zh-CN': { 'probe.lazyWords': '按需' }, en: () => enWords.promise };
    const module = { messageParts: [part], styles: css`.words { color: rgb(1, 2, 3); }` };
    class WordsProbe extends YwElement {
      readonly views = new LazyPart(this, () => Promise.resolve(module));
      private readonly localize = new LocalizeController(this);
      protected override render() {
        const views = this.views.get();
        return views ? html`<p class="words">${this.localize.t('probe.lazyWords' as never)}</p>` : html`<p class="placeholder"></p>`;
      }
    }
    WordsProbe.define('yw-words-probe');
    const el = document.createElement('yw-words-probe') as WordsProbe;
    document.body.append(el);
    await el.updateComplete;
    const words = () => el.shadowRoot!.querySelector('.words');
    expect(words()?.textContent).to.equal('按需');
    expect(getComputedStyle(words()!).color).to.equal('rgb(1, 2, 3)');
    el.locale = 'en';
    const updated = el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(words()?.textContent, 'the old language stays until the new words are in').to.equal('按需');
    enWords.resolve({ 'probe.lazyWords': 'On demand' });
    await updated;
    expect(words()?.textContent).to.equal('On demand');
    expect(getComputedStyle(words()!).color).to.equal('rgb(1, 2, 3)');
    el.remove();
  });
});

describe('words of a part fetched later whose halves are all on demand (LazyPart)', () => {
  it('fetches the half of the locale in effect when taken on, and the half of a locale switched to later', async () => {
    const zhHalf = deferred<object>();
    const enLater = deferred<object>();
    const fetched: string[] = [];
    const part: MessagePart = {
      'zh-CN': () => {
        fetched.push('zh-CN');
        return zhHalf.promise;
      },
      en: () => {
        fetched.push('en');
        return enLater.promise;
      },
    };
    class LaterProbe extends YwElement {
      static override properties: PropertyDeclarations = { open: { type: Boolean } };
      declare open: boolean;
      private readonly localize = new LocalizeController(this);
      readonly views = new LazyPart(this, () => Promise.resolve({ messageParts: [part], key: 'probe.later' }));
      constructor() {
        super();
        this.open = false;
      }
      protected override render() {
        const views = this.open ? this.views.get() : undefined;
        return html`<p>closed</p>${views ? html`<p class="view">${this.localize.t(views.key as never)}</p>` : nothing}`;
      }
    }
    LaterProbe.define('yw-later-probe');
    const el = document.createElement('yw-later-probe') as LaterProbe;
    document.body.append(el);
    await el.updateComplete;
    expect(fetched, 'nothing fetched before the view is asked for').to.deep.equal([]);
    el.open = true;
    const updated = el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fetched).to.deep.equal(['zh-CN']);
    expect(el.shadowRoot!.querySelector('.view'), 'no view before its words are in').to.equal(null);
    zhHalf.resolve({ 'probe.later': '稍后' });
    await updated;
    expect(el.shadowRoot!.querySelector('.view')?.textContent).to.equal('稍后');
    el.locale = 'en';
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fetched).to.deep.equal(['zh-CN', 'en']);
    expect(el.shadowRoot!.querySelector('.view')?.textContent, 'the old language stays until the new half is in').to.equal('稍后');
    enLater.resolve({ 'probe.later': 'Later' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.view')?.textContent).to.equal('Later');
    el.remove();
  });
});
