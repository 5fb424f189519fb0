// Catalog administration: importing a department's catalog (事项清单) over the
// API. The file's rows are described by CatalogImportItem
// (catalog-import.schema.json); the options travel as query parameters.
import { z } from './zod.ts';
import { QueryBool, text } from './common.ts';

/** A JSON object of header → field, as text (a mapping file's content). */
const MappingJson = z.pipe(
  z.string().check(z.maxLength(10_000)),
  z.transform((value: string, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.issues.push({ code: 'custom', message: 'Not JSON', input: value });
      return z.NEVER;
    }
  }),
);

/** A copy of a schema with the description the OpenAPI document shows for it (the shared schema stays undescribed). */
function described<S extends z.ZodMiniType>(schema: S, description: string): S {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
}

/** Options of an import. */
export const CatalogImportQuery = z.object({
  replace: z.optional(described(QueryBool, 'Unpublish the items the file leaves out (they are never deleted).')),
  dryRun: z.optional(described(QueryBool, 'Validate and compute the diff; write nothing.')),
  batch: z.optional(described(text(50), '分批公布: the batch the new version is published as, e.g. 第三批.')),
  mapping: z.optional(
    described(
      z.pipe(MappingJson, z.record(z.string(), z.string())),
      'Header → field for columns the built-in header names do not cover, as JSON text: {"办件类型":"type"}. ' +
        'Fields: name, code, department, type, audiences, channels, onlineDepth, visitsRequired, legalLimitDays, ' +
        'promisedLimitDays, keywords, applyUrl.',
    ),
  ),
});

/** What an import changed, by 实施编码. */
export const CatalogImportDiff = z.object({
  added: z.array(z.string()),
  /** Items whose fields changed, with the names of those fields. */
  changed: z.array(z.object({ code: z.string(), fields: z.array(z.string()) })),
  /** Items the file left out of a `replace` import. */
  unpublished: z.array(z.string()),
  /** Items unpublished before and in this file again. */
  republished: z.array(z.string()),
});

/** The answer of an import (or of a dry run: the same diff, nothing written). */
export const CatalogImportResult = z.object({
  diff: CatalogImportDiff,
  /** The catalog version recorded; null in a dry run or when nothing changed. */
  version: z.nullable(z.int().check(z.positive())),
  /** Published items after the import. */
  publishedItems: z.int().check(z.nonnegative()),
  /** Departments the file named that the catalog did not know (created). */
  newDepartments: z.array(z.string()),
});
export type CatalogImportResult = z.infer<typeof CatalogImportResult>;
