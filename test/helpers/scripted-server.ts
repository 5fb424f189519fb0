// A real HTTP server on 127.0.0.1 whose answers each test scripts, for SDK tests
// that must see real sockets: dropped connections, bodies cut mid-stream, slow
// answers. It records every request it receives so tests can count attempts and
// inspect headers and bodies.
//
//   const server = await start();
//   server.script({ status: 503, headers: { 'Retry-After': '1' } }, { json: fixture });
//   … call the SDK with `baseUrl: server.baseUrl` …
//   assert.equal(server.requests.length, 2);
//   await server.close();
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One scripted answer. */
export interface Reply {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Sent as `application/json` (unless `headers` set a content type). */
  json?: unknown;
  /** Sent as is; the content type defaults to `text/plain; charset=utf-8`. */
  text?: string;
  /** Raw bytes; no content type unless `headers` set one. */
  bytes?: Uint8Array;
  /** Wait this long before answering (or before dropping). */
  delayMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** Send the headers (with the full Content-Length) and part of the body, then destroy the socket. */
  dropMidBody?: boolean;
  /** Send the headers and part of the body, then send nothing more (until the server closes). */
  stallMidBody?: boolean;
  /** Keep answering with this reply instead of moving on to the next one. */
  repeat?: boolean;
}

/** A reply, or a function of the request that returns one. */
export type Step = Reply | ((request: RecordedRequest) => Reply | Promise<Reply>);

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent: `/api/v1/items?q=…`. */
  url: string;
  pathname: string;
  query: URLSearchParams;
  /** Lower-cased names, as node gives them. */
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** `performance.now()` when the request's headers arrived. */
  at: number;
}

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>/api/v1`. */
  baseUrl: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every request received since the last `script()`/`reset()`, in arrival order. */
  requests: RecordedRequest[];
  /**
   * Replaces the script (and forgets the routes and the recorded requests): each
   * request takes the next step; a `repeat` step answers every request from then on.
   */
  script(...steps: Step[]): void;
  /** Scripts the answers of one route (`'GET /api/v1/items'`, query ignored), taking precedence over `script`. */
  route(route: string, ...steps: Step[]): void;
  /** Forgets the script, the routes and the recorded requests. */
  reset(): void;
  close(): Promise<void>;
}

/** The status the server answers when a request arrives that no step was scripted for (not one the SDK retries). */
export const UNSCRIPTED_STATUS = 501;

const BASE_PATH = '/api/v1';

export async function start(): Promise<ScriptedServer> {
  let queue: Step[] = [];
  const routes = new Map<string, Step[]>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function next(request: RecordedRequest): Step | undefined {
    const key = `${request.method} ${request.pathname}`;
    const list = routes.get(key) ?? queue;
    const step = list[0];
    if (step === undefined) return undefined;
    if (typeof step === 'function' || !step.repeat) list.shift();
    return step;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      pathname: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      text: body.toString('utf8'),
      at,
    };
    requests.push(request);

    const step = next(request);
    const reply: Reply =
      step === undefined
        ? {
            status: UNSCRIPTED_STATUS,
            json: {
              error: { code: 'UNSCRIPTED', message: `No reply scripted for ${request.method} ${request.url}`, requestId: 'unscripted' },
            },
          }
        : typeof step === 'function'
          ? await step(request)
          : step;

    if (reply.delayMs) await wait(reply.delayMs);
    // The client may have given up (timeout, abort) while we waited.
    if (res.destroyed || req.socket.destroyed) return;
    if (reply.drop) {
      req.socket.destroy();
      return;
    }

    const headers: Record<string, string> = { ...reply.headers };
    const has = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);
    let payload: Buffer;
    if (reply.json !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.json));
      if (!has('content-type')) headers['Content-Type'] = 'application/json; charset=utf-8';
    } else if (reply.text !== undefined) {
      payload = Buffer.from(reply.text);
      if (!has('content-type')) headers['Content-Type'] = 'text/plain; charset=utf-8';
    } else {
      payload = Buffer.from(reply.bytes ?? new Uint8Array());
    }
    const status = reply.status ?? 200;
    const bodyless = status === 204 || status === 304;
    if (!bodyless) headers['Content-Length'] = String(payload.length);
    res.writeHead(status, headers);

    if (reply.dropMidBody || reply.stallMidBody) {
      // Half the body (at least one byte short of the promised length).
      const part = payload.subarray(0, Math.max(0, Math.min(payload.length - 1, Math.floor(payload.length / 2))));
      res.flushHeaders();
      res.write(part, () => {
        if (!reply.dropMidBody) return;
        // Let the bytes reach the client before the connection goes away.
        void wait(20).then(() => req.socket.destroy());
      });
      return;
    }
    res.end(bodyless ? undefined : payload);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in a scripted step: answer 500 so the test sees it rather than hanging.
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`scripted server: ${error instanceof Error ? error.stack : String(error)}`);
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}${BASE_PATH}`,
    origin,
    requests,
    script(...steps) {
      queue = [...steps];
      routes.clear();
      requests.length = 0;
    },
    route(route, ...steps) {
      const [method, path] = route.split(' ');
      if (!method || !path) throw new Error(`route must look like 'GET /api/v1/items', not '${route}'`);
      routes.set(`${method.toUpperCase()} ${path}`, [...steps]);
    },
    reset() {
      queue = [];
      routes.clear();
      requests.length = 0;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive and stalled connections would hold `close` open.
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
