// Node-only: reads the committed division data from disk. Kept apart from
// divisions.ts so that browser bundles (the mock) can import the index without fs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDivisionIndex } from './divisions.ts';
import type { DivisionData, DivisionIndex } from './divisions.ts';

/** packages/server/data/divisions.json; the same relative path holds from src/divisions and dist/divisions. */
export const DIVISION_DATA_FILE = join(import.meta.dirname, '..', '..', 'data', 'divisions.json');

export function loadDivisionData(file: string = DIVISION_DATA_FILE): DivisionData {
  return JSON.parse(readFileSync(file, 'utf8')) as DivisionData;
}

let shared: DivisionIndex | undefined;

/** One index per process: parsing and indexing take ~0.25 s and ~60 MB of heap, so share it. */
export function loadDivisionIndex(): DivisionIndex {
  shared ??= createDivisionIndex(loadDivisionData());
  return shared;
}
