// Building blocks of the seed catalog: the zone's constants, the department
// definition type, and helpers that expand a compact per-item spec into a full
// `ItemDetail` (guide included). Department files under `items/` hold one spec
// per item; everything repetitive (channels, codes, places, process steps,
// common materials) is derived here so that each spec only says what is
// particular to its item.
//
// Pure data and functions: no I/O, usable in Node and in the browser.
export * from './types.ts';
export * from './zone.ts';
export * from './materials.ts';
export * from './guide-parts.ts';
export * from './steps.ts';
export * from './items.ts';
