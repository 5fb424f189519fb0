// Blocks of the handbook's own pages (stories/handbook/*.mdx).
import { createElement as h, Fragment, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Markdown, Source } from '@storybook/addon-docs/blocks';
import { run, source } from 'virtual:yiwang/readme-sdk-example';
import { table } from 'virtual:yiwang/server-config';
import { startMock } from './mock.ts';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The README's SDK example, then what it printed when it ran in this page against the mock API. */
export function SdkExample(): ReactNode {
  const [lines, setLines] = useState<string[]>([]);
  const [status, setStatus] = useState<'running' | 'done' | 'failed'>('running');
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await startMock();
        await run({ log: (...args) => live && setLines((before) => [...before, args.map(show).join(' ')]) });
        if (live) setStatus('done');
      } catch (error) {
        if (!live) return;
        setLines((before) => [...before, `Uncaught: ${String(error)}`]);
        setStatus('failed');
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return h(
    Fragment,
    null,
    h(Source, { code: source, language: 'typescript', dark: true }),
    h('h3', null, 'Output in this page'),
    h('p', { 'data-sdk-example-status': status }, status === 'running' ? 'Running…' : status === 'done' ? 'Finished.' : 'Failed.'),
    h('pre', { 'data-sdk-example-output': '' }, lines.join('\n')),
  );
}

/** The server's configuration variables, from its README. */
export function ServerConfig(): ReactNode {
  return h(Markdown, null, table);
}
