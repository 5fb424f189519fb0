// The pure parts of <yw-item-search>: highlight ranges, the URL state, page
// windows, broader queries and the recent-search store.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { HighlightRange } from '@yiwang/contract';
import { highlight, spans } from './highlight.ts';
import { hasUrlState, readUrlState, writeUrlState } from './url-state.ts';
import { broaderTerms, pageWindow } from './views/result-list.ts';
import { addRecent, clearRecent, loadRecent } from './recent-searches.ts';
import { describe, it } from '@yiwang/test/helpers/mocha';

const range = (start: number, end: number, field: HighlightRange['field'] = 'name'): HighlightRange => ({ field, start, end });

describe('highlight ranges', () => {
  it('clamps, merges and orders the ranges of one field', () => {
    expect(
      spans('营业执照变更登记', [range(5, 6), range(0, 2), range(1, 4), range(6, 99), range(3, 3), range(0, 1, 'keywords')], 'name'),
    ).to.deep.equal([
      [0, 4],
      [5, 8],
    ]);
  });

  it('never splits a surrogate pair', () => {
    // 𠀀 is two UTF-16 units.
    expect(spans('a𠀀b', [range(2, 3)], 'name')).to.deep.equal([[1, 3]]);
  });

  it('renders matches in <mark> and everything as text', () => {
    const host = document.createElement('div');
    render(highlight('<b>营业执照</b>', [range(3, 7)], 'name'), host);
    expect(host.querySelector('b')).to.equal(null);
    expect([...host.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['营业执照']);
    expect(host.textContent).to.equal('<b>营业执照</b>');
  });
});

describe('URL state', () => {
  it("round-trips the search state and keeps the page's own parameters and hash", () => {
    const state = {
      q: '营业 执照',
      filters: { type: 'licensing', channel: 'online', zeroVisit: true, department: 'scjg' },
      sort: 'name',
      page: 3,
      item: 'scjg-001',
    } as const;
    const written = writeUrlState('https://example.gov.cn/zwfw/index.html?from=home&page=9#top', state);
    expect(written.startsWith('/zwfw/index.html?from=home&')).to.equal(true);
    expect(written.endsWith('#top')).to.equal(true);
    expect(readUrlState(new URL(written, 'https://x').search)).to.deep.equal(state);
  });

  it('leaves defaults out and ignores values outside the contract', () => {
    expect(writeUrlState('https://x/p', { q: '', filters: {}, sort: 'relevance', page: 1, item: null })).to.equal('/p');
    const read = readUrlState('?type=bogus&audience=alien&channel=online&page=-2&item=<x>&department=a%20b&sort=random');
    expect(read).to.deep.equal({ q: '', filters: { channel: 'online' }, sort: 'relevance', page: 1, item: null });
    expect(hasUrlState('?from=home')).to.equal(false);
    expect(hasUrlState('?q=1')).to.equal(true);
  });
});

describe('result helpers', () => {
  it('windows the page numbers around the current page', () => {
    expect(pageWindow(1, 1)).to.deep.equal([1]);
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageWindow(6, 20)).to.deep.equal([1, null, 5, 6, 7, null, 20]);
    expect(pageWindow(20, 20)).to.deep.equal([1, null, 19, 20]);
  });

  it('suggests broader queries: each word alone, or the first half of a long word', () => {
    expect(broaderTerms('营业执照 火星')).to.deep.equal(['营业执照', '火星']);
    expect(broaderTerms('老年人优待卡')).to.deep.equal(['老年人']);
    expect(broaderTerms('社保')).to.deep.equal([]);
  });
});

describe('recent searches', () => {
  it('keeps the latest terms first, once each, up to the limit, per scope', () => {
    const key = 'yw-item-search:recent:unit-test';
    clearRecent(key);
    addRecent(key, '社保卡', 3);
    addRecent(key, '营业执照', 3);
    addRecent(key, ' 社保卡 ', 3);
    addRecent(key, '公积金', 3);
    expect(addRecent(key, '护照', 3)).to.deep.equal(['护照', '公积金', '社保卡']);
    expect(loadRecent(key)).to.deep.equal(['护照', '公积金', '社保卡']);
    localStorage.setItem(key, '{not json');
    expect(loadRecent(key)).to.deep.equal([]);
    clearRecent(key);
  });
});
