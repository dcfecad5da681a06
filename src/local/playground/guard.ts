/**
 * Local only: the playground answers a browser on this machine at http://127.0.0.1:PORT and
 * nothing else. The Host check stops DNS rebinding (a page on evil.example resolving to 127.0.0.1);
 * the Origin check stops another site's page POSTing to us; JSON bodies keep out HTML forms.
 */
import type { IncomingMessage } from 'node:http';

export function allowedOrigin(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** Why the request is refused, or undefined when it may proceed. */
export function refusal(req: IncomingMessage, port: number): string | undefined {
  const origin = allowedOrigin(port);
  if (req.headers.host !== `127.0.0.1:${port}`) return `Host không hợp lệ: ${req.headers.host ?? '(trống)'}`;
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return `Origin không được phép: ${from}`;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (from === undefined) return 'Thiếu Origin';
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return 'Chỉ nhận JSON';
  }
  return undefined;
}
