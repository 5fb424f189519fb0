// The en half of the part in ../item-search.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/item-search.ts';

export const en: MessagesOf<typeof zhCN> = {
  'itemSearch.label': 'Search services',
  'itemSearch.placeholder': 'Name, pinyin or initials',
  'itemSearch.hint': 'For example: 营业执照, yingyezhizhao, yyzz',
  'itemSearch.submit': 'Search',
  'itemSearch.clear': 'Clear the search box',
  'itemSearch.suggestions': 'Suggestions',
  'itemSearch.recent': 'Recent searches',
  'itemSearch.clearRecent': 'Clear search history',
  'itemSearch.hot': 'Popular services',
  'itemSearch.suggested': 'Matching services',
  'itemSearch.announce': (query, total) => (query ? `${total} services found for “${query}”` : `${total} services`),
  'itemSearch.announceEmpty': (query) => (query ? `No services found for “${query}”` : 'No services match the filters'),
  'itemSearch.back': 'Back to results',
  'itemSearch.guide': (name) => `Service guide: ${name}`,
};
