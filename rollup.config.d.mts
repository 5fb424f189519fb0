// Types of what bench/size.ts imports from rollup.config.mjs.
import type { Plugin, RollupOptions, WarningHandlerWithDefault } from 'rollup';

export declare const BROWSER_TARGETS: string[];
export declare const plugins: () => Plugin[];
export declare const onwarn: WarningHandlerWithDefault;
export declare function elementEntries(): Record<string, string>;
export declare function cdnElements(): string[];
declare const config: RollupOptions[];
export default config;
export declare const BASELINE_POLYFILLS: string;
export declare function definedTags(): string[];
export declare const LOADER_ENTRY: string;
export declare const loaderBuild: (dir?: string) => RollupOptions & { output: import('rollup').OutputOptions };
