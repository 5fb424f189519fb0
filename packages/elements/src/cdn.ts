// The script-tag bundle (dist/cdn/yiwang.min.js): registers every element and
// exposes the SDK and the element classes as `window.Yiwang`.
export * from './define/all.ts';
export * from '@yiwang/sdk';
