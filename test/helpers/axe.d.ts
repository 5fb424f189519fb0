// axe-core's browser build registers `window.axe` when imported.
declare module 'axe-core/axe.min.js';
