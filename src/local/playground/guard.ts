/**
 * Local only: the playground answers a browser on this machine — http://127.0.0.1:PORT, or the
 * same port under another loopback name (localhost, [::1], 127.x.y.z) — and nothing else. The Host check stops DNS rebinding (a page on evil.example resolving to 127.0.0.1);
 * the Origin check stops another site's page POSTing to us; JSON bodies keep out HTML forms.
 */
import type { IncomingMessage } from 'node:http';

/** Names that only ever mean this machine (RFC 6761 §6.3 reserves localhost; 127.0.0.0/8 and ::1 are loopback). */
const LOOPBACK = /^(localhost|127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}|\[::1\])$/i;

/** A Host header (name:port) naming this machine at the playground's port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  const at = host?.lastIndexOf(':') ?? -1;
  return host !== undefined && at > 0 && host.slice(at + 1) === String(port) && LOOPBACK.test(host.slice(0, at));
}

/** Why the request is refused, or undefined when it may proceed. */
export function refusal(req: IncomingMessage, port: number): string | undefined {
  const host = req.headers.host;
  if (!isLoopbackHost(host, port)) return `Host không hợp lệ: ${host ?? '(trống)'}`;
  const from = req.headers.origin;
  // The page's own origin: the loopback name the browser used, as the Host says.
  if (from !== undefined && from.toLowerCase() !== `http://${host!.toLowerCase()}`) return `Origin không được phép: ${from}`;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (from === undefined) return 'Thiếu Origin';
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return 'Chỉ nhận JSON';
  }
  return undefined;
}
