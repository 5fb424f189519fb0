// The reference server as a child process (the package's bin, from its
// TypeScript sources), for tests of what only a process shows: several
// instances on one database, signals, data directories. Each start costs a
// Node process and the server's start-up: share one per test file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'packages', 'server', 'src', 'bin.ts');

export interface ServerProcess {
  process: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Everything the process wrote, stdout and stderr, in order. */
  output(): string;
  /** The JSON log lines it wrote to stdout (YIWANG_LOG_FORMAT=json), parsed. */
  logLines(): Array<Record<string, unknown>>;
  /** SIGTERM, and the exit code once it exited (null when it was already gone). */
  stop(): Promise<number | null>;
}

/**
 * Starts `yiwang-server` with `args` (add `--memory` or `--data-dir`; the port is
 * a free one) and `env` over this process's environment, with JSON logs; resolves
 * once it listens. The demo sign-in is on unless `env` says otherwise.
 */
export async function startServerProcess(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=yiwang-source', BIN, '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, YIWANG_DEMO_SIGN_IN: 'on', YIWANG_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      chunks.push(chunk.toString());
      stdout += chunk.toString();
      const match = /reference server on http:\/\/localhost:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${chunks.join('')}`)));
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    process: child,
    origin: `http://127.0.0.1:${port}`,
    port,
    output: () => chunks.join(''),
    logLines: () =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
}

/** Runs a Node script of the repository with its TypeScript sources; resolves with its exit code and output. */
export async function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--conditions=yiwang-source', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
