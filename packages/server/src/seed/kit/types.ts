// Guide parts the contract exports as schemas only; their types are read off the guide.
import type { Guide } from '@yiwang/contract';

export type SpecialProcedure = Guide['specialProcedures'][number];
export type Fee = Guide['fees'][number];
export type Place = Guide['places'][number];
