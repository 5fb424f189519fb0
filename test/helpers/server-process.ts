// The reference server as a child process (`yiwang-server`, packages/server/src/bin.ts,
// from the TypeScript sources): what the crash test kills and the load bench measures.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../packages/server/src/bin.ts', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  /** `http://localhost:<port>` */
  origin: string;
  /** `${origin}/api/v1` */
  apiUrl: string;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** SIGKILL: the process stops at once, in whatever it was doing. */
  kill9(): Promise<void>;
  /** SIGTERM, and waits for the process to end (running requests finish). */
  stop(): Promise<void>;
}

/**
 * Starts the server on a free port (or `port`) with `env` added to this
 * process's environment, and resolves once it listens. Demo sign-in is on,
 * the ticket service and the demo site off.
 */
export async function startServerProcess(
  env: Record<string, string>,
  options: { port?: number; nodeArgs?: string[]; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=yiwang-source', ...(options.nodeArgs ?? []), BIN, '--port', String(options.port ?? 0), '--memory'],
    {
      env: {
        ...process.env,
        YIWANG_DEMO_SIGN_IN: 'on',
        YIWANG_DEV_TICKET_SERVICE: 'off',
        YIWANG_DEV_IDENTITY_PROVIDER: 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in time\n${err}`)), options.timeoutMs ?? 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const found = /reference server on (http:\/\/\S+)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening\n${err}`));
    });
  });
  // Keep the pipes drained so the child never blocks on a full one.
  child.stdout!.resume();
  return {
    child,
    origin,
    apiUrl: `${origin}/api/v1`,
    stderr: () => err,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
