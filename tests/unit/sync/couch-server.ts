import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// A real CouchDB-compatible server for the sync tests: express-pouchdb in memory on 127.0.0.1 (tests/servers/
// couch-server.mjs), on a free port, stopped after the file. And a proxy in front of it that can drop, delay or corrupt answers.

const root = join(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export interface CouchServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Cuts the server off as a crash would (listener closed, open connections dropped); its data stays. */
  down(): Promise<void>;
  /** Listens again on the same port, with the same data. */
  up(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Sends "down" or "up" and resolves on the server's "is-down" / "is-up". */
function command(child: ChildProcess, what: 'down' | 'up'): Promise<void> {
  return new Promise((done) => {
    const onMessage = (message: unknown) => {
      if (message !== `is-${what}`) return;
      child.off('message', onMessage);
      done();
    };
    child.on('message', onMessage);
    child.send(what);
  });
}

async function until(test: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; !(await test()); tries++) {
    if (tries > 300) throw new Error(what);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Starts the in-memory CouchDB test server; resolves once it answers GET /. `port` restarts on a known port. */
export async function startCouch(port?: number): Promise<CouchServer> {
  const p = port ?? (await freePort());
  const bin = join(root, 'tests/servers/couch-server.mjs');
  const child: ChildProcess = spawn(process.execPath, [bin, String(p)], {
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  // The IPC channel must not keep the test process alive.
  child.unref();
  child.channel?.unref();
  const url = `http://127.0.0.1:${p}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || tries > 300) throw new Error(`the CouchDB test server did not start on ${url}`);
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    url,
    port: p,
    down: () => command(child, 'down'),
    up: async () => {
      await command(child, 'up');
      await until(() => answers(url), `the CouchDB test server on ${url} did not come back`);
    },
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.ref(); // the exit has to keep the caller alive until it comes (a bench's last await)
        child.kill('SIGKILL');
      }),
  };
}

/** What the proxy does with one request: pass it, or answer it badly. */
export type Fault =
  | { kind: 'status'; status: number; body?: string; type?: string }
  | { kind: 'drop' }
  | { kind: 'corrupt' }
  | { kind: 'delay'; ms: number };

export interface FaultProxy {
  url: string;
  /** Decides per request; undefined passes it through untouched. */
  fault: (req: { method: string; url: string }) => Fault | undefined;
  requests: { method: string; url: string }[];
  stop(): Promise<void>;
}

export async function startProxy(target: string): Promise<FaultProxy> {
  const proxy: FaultProxy = { url: '', fault: () => undefined, requests: [], stop: async () => {} };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const info = { method: req.method ?? 'GET', url: req.url ?? '/' };
    proxy.requests.push(info);
    const fault = proxy.fault(info);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, { 'Content-Type': fault.type ?? 'application/json' });
      return void res.end(fault.body ?? '{"error":"injected"}');
    }
    const forward = () => {
      const upstream = request(target + info.url, { method: info.method, headers: req.headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          let body = Buffer.concat(chunks);
          if (fault?.kind === 'corrupt') body = body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
          const headers = { ...answer.headers, 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
      });
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
    };
    if (fault?.kind === 'delay') setTimeout(forward, fault.ms);
    else forward();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return proxy;
}
