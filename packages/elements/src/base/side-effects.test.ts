// Importing an element's class registers nothing: no tag, no message. The
// element's words are registered when its first instance is created, so a
// class defined under a tag of the page's own choosing still speaks (English
// from the first time an element speaks it).
import { expect } from '@open-wc/testing';
import { YwCatalogStats } from '../components/catalog-stats/catalog-stats.ts';
import { translations } from '../i18n/index.ts';
import { describe, it } from '@yiwang/test/helpers/mocha';

describe('class modules have no side effects', () => {
  it('importing a class defines no tag and registers none of its messages', () => {
    expect(customElements.get('yw-catalog-stats')).to.equal(undefined);
    expect(translations['zh-CN']['catalogStats.label']).to.equal(undefined);
    expect(translations.en['catalogStats.label']).to.equal(undefined);
  });

  it('the first instance registers its messages, under any tag; English ones when it first speaks English', async () => {
    YwCatalogStats.define('site-catalog-stats');
    document.createElement('site-catalog-stats');
    expect(translations['zh-CN']['catalogStats.label']).to.be.a('string').and.have.length.above(0);
    expect(translations['zh-CN']['state.loading'], 'the shared messages too').to.be.a('string');
    expect(translations.en['catalogStats.label'], 'the English half is fetched when needed').to.equal(undefined);
    const english = document.createElement('site-catalog-stats') as YwCatalogStats;
    english.locale = 'en';
    document.body.append(english);
    await english.updateComplete;
    expect(translations.en['catalogStats.label']).to.be.a('string').and.have.length.above(0);
    expect(translations.en['state.loading'], 'the shared messages too').to.be.a('string');
    english.remove();
    expect(customElements.get('yw-catalog-stats')).to.equal(undefined);
  });
});
