// Node-only: reads a deployment's search dictionary (YIWANG_SYNONYMS) from
// disk. Kept apart from dictionary.ts so that the mock bundles without fs.
import { readFileSync } from 'node:fs';
import { compileDictionary } from './dictionary.ts';
import type { CompiledDictionary } from './dictionary.ts';

/** Reads, validates and compiles a dictionary JSON file (the shape of `SearchDictionarySchema`). */
export function loadDictionaryFile(file: string): CompiledDictionary {
  try {
    return compileDictionary(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`Search dictionary ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
