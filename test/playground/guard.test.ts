/**
 * The playground's request guard (issue 18, break 7): the loopback names a person may type —
 * http://localhost:PORT, http://127.0.0.1:PORT, another 127.x address, [::1] — are this machine
 * (RFC 6761 §6.3: "localhost" always resolves to loopback), so they are served; any other Host
 * (a DNS-rebinding page) or a foreign Origin is still refused.
 */
import type { IncomingMessage } from 'node:http';
import { refusal } from '../../src/local/playground/guard';

const PORT = 8080;
const req = (host: string | undefined, origin?: string, method = 'POST'): IncomingMessage =>
  ({ method, headers: { host, ...(origin ? { origin } : {}), 'content-type': 'application/json' } }) as unknown as IncomingMessage;

describe('playground guard', () => {
  it.each(['localhost:8080', 'LOCALHOST:8080', '127.0.0.1:8080', '127.1.2.3:8080', '[::1]:8080'])('serves %s from its own page', (host) => {
    expect(refusal(req(host, `http://${host}`), PORT)).toBeUndefined();
    expect(refusal(req(host, undefined, 'GET'), PORT)).toBeUndefined();
  });

  it.each(['evil.example:8080', 'localhost.evil.example:8080', '127.0.0.1.nip.io:8080', 'localhost:9090', '127.0.0.1', '10.0.0.5:8080', '256.0.0.1:8080'])('refuses Host %s', (host) => {
    expect(refusal(req(host, `http://${host}`), PORT)).toBe(`Host không hợp lệ: ${host}`);
  });

  it('refuses a foreign page posting to a loopback name, and a post with no Origin', () => {
    expect(refusal(req('localhost:8080', 'http://evil.example'), PORT)).toBe('Origin không được phép: http://evil.example');
    expect(refusal(req('localhost:8080', 'http://127.0.0.1:8080'), PORT)).toBe('Origin không được phép: http://127.0.0.1:8080');
    expect(refusal(req('localhost:8080'), PORT)).toBe('Thiếu Origin');
  });
});
