// The modules .storybook/handbook-plugin.ts writes from the READMEs.
declare module 'virtual:yiwang/readme-sdk-example' {
  /** The README's SDK example, as written. */
  export const source: string;
  /** Runs it against the in-page mock API, logging through `console`. */
  export function run(console: { log(...args: unknown[]): void }): Promise<void>;
}
declare module 'virtual:yiwang/server-config' {
  /** The server README's table of environment variables (Markdown). */
  export const table: string;
}
