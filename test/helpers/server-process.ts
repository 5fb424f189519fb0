// The reference server as a child process (the package's bin, from its
// TypeScript sources), for tests of what only a process shows: several
// instances on one database, signals, data directories, a kill -9 (the crash
// test), and for the load bench. Each start costs a Node process and the
// server's start-up: share one per test file.
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
  /** `${origin}/api/v1` */
  apiUrl: string;
  port: number;
  /** Everything the process wrote, stdout and stderr, in order. */
  output(): string;
  /** The JSON log lines it wrote to stdout (YIWANG_LOG_FORMAT=json), parsed. */
  logLines(): Array<Record<string, unknown>>;
  /** SIGTERM, and the exit code once it exited (null when it was already gone). */
  stop(): Promise<number | null>;
  /** SIGKILL: the process stops at once, in whatever it was doing. */
  kill9(): Promise<void>;
}

/**
 * Starts `yiwang-server` with `args` (add `--memory` or `--data-dir`; the port is
 * a free one) and `env` over this process's environment, with JSON logs; resolves
 * once it listens (or fails after `timeoutMs`, default 60 s). The demo sign-in is
 * on unless `env` says otherwise; `nodeArgs` go to Node (`--cpu-prof`).
 */
export async function startServerProcess(
  args: string[],
  env: Record<string, string> = {},
  options: { nodeArgs?: string[]; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=yiwang-source', ...(options.nodeArgs ?? []), BIN, '--port', '0', ...args], {
    cwd: ROOT,
    env: { ...process.env, YIWANG_DEMO_SIGN_IN: 'on', YIWANG_LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in time:\n${chunks.join('')}`)), options.timeoutMs ?? 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      chunks.push(chunk.toString());
      stdout += chunk.toString();
      const match = /reference server on http:\/\/localhost:(\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${chunks.join('')}`));
    });
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    process: child,
    origin: `http://127.0.0.1:${port}`,
    apiUrl: `http://127.0.0.1:${port}/api/v1`,
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
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
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
