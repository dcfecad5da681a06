/** `dvk remind` on the sample workbook, run as a user would (node bin/dvk.js). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dvk, stderrLines, tempDir } from '../cli/helpers';

const decodeParts = (eml: string) => {
  const parts = eml.split(/\r\n--dvk-alt-[^\r\n]+/).slice(1, 3);
  return parts.map((p) => {
    const [head, body] = p.split('\r\n\r\n');
    return { type: /Content-Type: ([^;]+)/.exec(head)![1], body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8') };
  });
};
const header = (eml: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(eml.split('\r\n\r\n')[0])?.[1] ?? '';
const decodeWord = (h: string) => h.replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_, b) => Buffer.from(b, 'base64').toString('utf8'));

describe('dvk remind', () => {
  const dir = tempDir();
  const file = path.join(dir, 'q3.xlsx');
  const outbox = path.join(dir, 'outbox');
  const sample = dvk(dir, 'sample', file, '--today', '2021-05-10');
  const before = readFileSync(file);
  const dry = dvk(dir, 'remind', file, '--today', '2021-05-11', '--dry-run', '--outbox', outbox, '--json');
  const afterDry = readFileSync(file);
  const outboxAfterDry = existsSync(outbox);
  const first = dvk(dir, 'remind', file, '--today', '2021-05-11', '--outbox', outbox, '--json');
  const emls = existsSync(outbox) ? readdirSync(outbox).sort() : [];
  const again = dvk(dir, 'remind', file, '--today', '2021-05-11', '--outbox', outbox);
  const filesAfterAgain = readdirSync(outbox).length;
  const human = dvk(dir, 'remind', file, '--today', '2021-05-15', '--outbox', outbox);

  it('--dry-run lists what would be sent and changes nothing', () => {
    expect(sample.code).toBe(0);
    expect(stderrLines(dry)).toEqual([]);
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.stdout);
    expect(report.status).toBe('preview');
    expect(report.sent.length).toBeGreaterThan(0);
    expect(report.files).toEqual([]);
    expect(afterDry.equals(before)).toBe(true);
    expect(outboxAfterDry).toBe(false);
  });

  it('sends the day\'s reminders: one RFC 5322 .eml per e-mail, UTF-8, plain text and HTML parts', () => {
    expect(stderrLines(first)).toEqual([]);
    const report = JSON.parse(first.stdout);
    expect(report.status).toBe('done');
    expect(report.sent.map((s: { unit: string }) => s.unit)).toEqual(JSON.parse(dry.stdout).sent.map((s: { unit: string }) => s.unit));
    expect(emls).toHaveLength(report.sent.length + (report.digest === 'sent' ? 1 : 0));
    const all = emls.map((f) => readFileSync(path.join(outbox, f), 'utf8'));
    expect(all.filter((e) => decodeWord(header(e, 'Subject')).includes('Tổng hợp nhắc hạn'))).toHaveLength(1);
    const eml = all.find((e) => !decodeWord(header(e, 'Subject')).includes('Tổng hợp'))!;
    expect(header(eml, 'MIME-Version')).toBe('1.0');
    expect(header(eml, 'Content-Type')).toMatch(/^multipart\/alternative; boundary="/);
    expect(header(eml, 'Date')).toBe('Tue, 11 May 2021 07:00:00 +0700');
    expect(decodeWord(header(eml, 'From'))).toMatch(/^Ban Dân vận Quận ủy – Quận 3 <[^>]+@[^>]+>$/); // the coordinating office of Cấu hình
    expect(decodeWord(header(eml, 'Subject'))).toMatch(/^\[Dân vận khéo\] Nhắc hạn: .+ – hạn đăng ký Đợt 1 \(18\/05\/2021\), còn 7 ngày$/);
    expect(eml.split('\r\n\r\n')[0].split('\r\n').every((l) => /^[\x20-\x7e]*$/.test(l))).toBe(true);
    const [plain, html] = decodeParts(eml);
    expect(plain.type).toBe('text/plain');
    expect(plain.body).toContain('Hạn đăng ký mô hình “Dân vận khéo” Đợt 1 là ngày 18/05/2021 (còn 7 ngày).');
    expect(plain.body).toMatch(/^Kính gửi: \S/);
    expect(html.type).toBe('text/html');
    expect(html.body).toMatch(/^<div/);
  });

  it('running again the same day sends nothing new; the log sheet was saved', () => {
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/đã gửi 0 thư nhắc/);
    expect(again.stdout).toMatch(/\d+ thư đã gửi trước đó, không gửi lại/);
    expect(filesAfterAgain).toBe(emls.length);
  });

  it('a later step sends again, one line per e-mail', () => {
    expect(human.stdout).toMatch(/^đã gửi · .+ · hạn đăng ký Đợt 1 \(18\/05\/2021\), còn 3 ngày · .+@/m);
    expect(readdirSync(outbox).length).toBeGreaterThan(emls.length);
  });
});
