// `@yiwang/contract/values`: the contract's constants, route table and pure
// validators without zod or any schema, for code that checks or shows data but
// never parses a response (the index exports the same names beside the schemas).
export * from './errors.ts';
export * from './enterprises.ts';
export * from './catalog.ts';
export * from './files.ts';
export * from './applications.ts';
export * from './staff.ts';
export * from './agency.ts';
export * from '../validators/index.ts';
export * from '../route.ts';
export * from '../routes.ts';
