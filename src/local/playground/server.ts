/**
 * The playground's HTTP server (node:http only): the page, the add-on's sidebar in an iframe, and a
 * small JSON API over one PlaygroundSession. Bound to 127.0.0.1; serves fixed routes only, so no
 * file but the workbook is ever read or written.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { refusal } from './guard';
import { pageHtml } from './page';
import { PlaygroundSession, type EditRequest } from './session';
import { withShim } from './shim';

export const DEFAULT_PORT = 8080;
const MAX_BODY = 1 << 20;
const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";

export interface PlaygroundOptions {
  file: string;
  /** 0 picks a free port; default PORT from the environment, else 8080 (a free port if it is taken). */
  port?: number;
  /** The first "today"; default now. */
  now?: Date;
  /** Where dist/Code.js and dist/Sidebar.html are; default found from this module. */
  dist?: string;
}

export interface Playground {
  url: string;
  port: number;
  session: PlaygroundSession;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Yêu cầu quá lớn');
    chunks.push(chunk as Buffer);
  }
  try {
    const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
    return v as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'JSON không hợp lệ');
  }
}

function errorReply(e: unknown): { ok: false; name: string; message: string } {
  const x = e as { message?: unknown; name?: unknown } | null;
  if (x && typeof x === 'object' && typeof x.message === 'string') {
    return { ok: false, name: typeof x.name === 'string' ? x.name : 'Error', message: x.message };
  }
  return { ok: false, name: 'Error', message: String(e) };
}

/** Service calls that change the file: after one of them the workbook is saved. */
const WRITES = /\.(set|insert|delete|clear|add|remove|protect|copy|merge|break|hide|show|append|create|move|sort|update|duplicate|unprotect|auto)/;

function writeCount(session: PlaygroundSession): number {
  let n = 0;
  for (const [method, count] of Object.entries(session.emu.calls.snapshot())) if (WRITES.test(method)) n += count;
  return n;
}

export function createHandler(session: PlaygroundSession, port: () => number) {
  // One change at a time, each saved before its reply: a reply means the file holds the change.
  let queue: Promise<unknown> = Promise.resolve();
  const mutate = <T>(op: () => T): Promise<T> => {
    const next = queue.then(async () => {
      const before = writeCount(session);
      const result = op();
      if (writeCount(session) !== before) await session.save();
      return result;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> = {
    'GET /': async (_q, res) => send(res, 200, 'text/html; charset=utf-8', pageHtml()),
    'GET /sidebar': async (_q, res) => {
      const html = await mutate(() => session.sidebarHtml());
      send(res, 200, 'text/html; charset=utf-8', withShim(html, session.publicFunctions()));
    },
    // Browsers ask for it unprompted; an empty answer keeps the console clean.
    'GET /favicon.ico': async (_q, res) => { res.writeHead(204); res.end(); },
    'GET /api/state': async (_q, res) => sendJson(res, 200, session.state()),
    'GET /api/sheets': async (_q, res) => sendJson(res, 200, session.view()),
    'GET /api/outbox': async (_q, res) => sendJson(res, 200, { mails: session.outbox() }),
    'POST /api/run': async (req, res) => {
      const body = await readJson(req);
      if (typeof body.fn !== 'string') throw new HttpError(400, 'thiếu tên hàm cần chạy (fn)');
      const args = Array.isArray(body.args) ? body.args : [];
      try {
        const value = await mutate(() => session.run(body.fn as string, args));
        sendJson(res, 200, { ok: true, value });
      } catch (e) {
        // The server function's own refusal goes to the sidebar's failure handler, as in Apps Script.
        sendJson(res, 200, errorReply(e));
      }
    },
    'POST /api/edit': async (req, res) => {
      const body = await readJson(req);
      if (typeof body.sheetId !== 'number' || typeof body.a1 !== 'string' || typeof body.value !== 'string') {
        throw new HttpError(400, 'thiếu trang tính, ô hoặc giá trị (sheetId, a1, value)');
      }
      const edit: EditRequest = { sheetId: body.sheetId, a1: body.a1, value: body.value, ...(typeof body.as === 'string' ? { as: body.as } : {}) };
      sendJson(res, 200, { ok: true, runs: await mutate(() => session.edit(edit)) });
    },
    'POST /api/select': async (req, res) => {
      const body = await readJson(req);
      if (typeof body.sheetId !== 'number') throw new HttpError(400, 'thiếu trang tính (sheetId)');
      await mutate(() => session.selectSheet(body.sheetId as number));
      sendJson(res, 200, { ok: true });
    },
    'POST /api/file': async (req, res) => {
      const body = await readJson(req);
      if (typeof body.id !== 'string') throw new HttpError(400, 'thiếu mã tệp (id)');
      await mutate(() => session.selectFile(body.id as string));
      sendJson(res, 200, { ok: true });
    },
    'POST /api/today': async (req, res) => {
      const body = await readJson(req);
      if (typeof body.date !== 'string') throw new HttpError(400, 'thiếu ngày (date)');
      await mutate(() => session.setToday(body.date as string));
      sendJson(res, 200, { ok: true, today: session.today() });
    },
    'POST /api/triggers': async (req, res) => {
      await readJson(req);
      const runs = await mutate(() => session.runTimeTriggers());
      sendJson(res, 200, { ok: true, runs, at: session.clockText() });
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const why = refusal(req, port());
      if (why) throw new HttpError(403, why);
      const route = routes[`${req.method} ${new URL(req.url ?? '/', 'http://127.0.0.1').pathname}`];
      if (!route) throw new HttpError(404, 'Không có trang này');
      await route(req, res);
    } catch (e) {
      const status = e instanceof HttpError ? e.status : 500;
      if (!res.headersSent) sendJson(res, status, errorReply(e));
      else res.end();
    }
  };
  // A change whose page went away (a closed tab) may still be saving: `idle` resolves once it is on disk.
  return Object.assign(handle, { idle: (): Promise<void> => queue.then(() => undefined) });
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => { server.off('listening', onListening); reject(e); };
    const onListening = () => { server.off('error', onError); resolve((server.address() as AddressInfo).port); };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

function requestedPort(opt: number | undefined): number {
  if (opt !== undefined) return opt;
  const env = Number(process.env.PORT);
  return Number.isInteger(env) && env > 0 ? env : DEFAULT_PORT;
}

export async function startPlayground(opts: PlaygroundOptions): Promise<Playground> {
  const session = await PlaygroundSession.open(opts.file, { ...(opts.now ? { now: opts.now } : {}), ...(opts.dist ? { dist: opts.dist } : {}) });
  let port = 0;
  const handler = createHandler(session, () => port);
  const server = http.createServer(handler);
  const wanted = requestedPort(opts.port);
  try {
    port = await listen(server, wanted);
  } catch (e) {
    // The default port is busy (another playground?): take any free one rather than fail.
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || opts.port !== undefined) throw e;
    port = await listen(server, 0);
  }
  return {
    url: `http://127.0.0.1:${port}/`, port, session,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      });
      // Closed means the file is written: a save still under way would race whoever removes or reads it next.
      await handler.idle();
    },
  };
}
