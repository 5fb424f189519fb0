// (3) A Vite page with one element, as the elements' README shows it.
import '@yiwang/elements/config.js';
import '@yiwang/elements/item-search.js';

document.querySelector('yw-item-search').addEventListener('yw-select', (event) => console.log(event.detail.itemId));
