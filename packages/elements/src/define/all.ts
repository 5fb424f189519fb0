// Registers every element (<yw-config> first, so that elements defined after it
// find their configuration at once) and exports all classes.
import './yw-config.ts';
import './yw-catalog-stats.ts';

export * from '../index.ts';
