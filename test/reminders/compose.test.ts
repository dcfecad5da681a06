/** E-mail text: Vietnamese wording, links to the unit's tab, and every sheet value HTML-escaped. */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { composeDigest, composeUnitMail, dueSteps, escapeHtml, tabUrl } from '../../src/core/reminders';

const campaign = parseCampaign(QUAN3_2021);
const due = (today: string) => dueSteps(campaign, today)[0];
const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

const HOSTILE_UNIT = 'Phường <script>alert("x")</script> & "Co" \'op\'';
const HOSTILE_MODEL = 'Dòng 12, cột Tên mô hình: <img src=x onerror=alert(1)> “Mái ấm” & <a href="javascript:alert(2)">bấm</a>';

/** Everything between tags, with entities decoded: what a reader of the HTML sees. */
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');

describe('unit reminder', () => {
  const mail = composeUnitMail({ campaign, unitName: HOSTILE_UNIT, due: due('2021-05-15'), missing: [HOSTILE_MODEL], link: tabUrl(URL, 42) });

  it('names the unit, the deadline and the days left, in Vietnamese, in subject, HTML and text', () => {
    expect(mail.subject).toBe(`[Dân vận khéo] Nhắc hạn: ${HOSTILE_UNIT} – hạn đăng ký Đợt 1 (18/05/2021), còn 3 ngày`);
    expect(mail.text).toContain(`Kính gửi: ${HOSTILE_UNIT}\n`);
    expect(mail.text).toContain('Hạn đăng ký mô hình “Dân vận khéo” Đợt 1 là ngày 18/05/2021 (còn 3 ngày).');
    expect(mail.text).toContain(`- ${HOSTILE_MODEL}`);
    expect(mail.text).toContain('Mở trang tính của đơn vị: https://docs.google.com/spreadsheets/d/abc123/edit#gid=42');
    expect(visibleText(mail.html)).toContain(`Kính gửi: ${HOSTILE_UNIT}`);
  });

  it('hostile unit and model names cannot add a tag, attribute or script to the HTML', () => {
    expect(mail.html).not.toMatch(/<script|<img|<a href="javascript/i);
    const tags = mail.html.match(/<[a-z]+/gi)!.map((t) => t.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['<div', '<p', '<b', '<ul', '<li', '<a', '<br']));
    expect(mail.html.match(/<a /g)).toHaveLength(1);
    expect(mail.html).toContain('<a href="https://docs.google.com/spreadsheets/d/abc123/edit#gid=42">');
    expect(visibleText(mail.html)).toContain(HOSTILE_MODEL);
  });

  it('the overdue step says "Quá hạn"', () => {
    const late = composeUnitMail({ campaign, unitName: 'Phường 2', due: due('2021-05-19'), missing: [], link: '' });
    expect(late.subject).toBe('[Dân vận khéo] Quá hạn: Phường 2 – hạn đăng ký Đợt 1 (18/05/2021), đã quá hạn 1 ngày');
    expect(late.text).toContain('Hạn đăng ký mô hình “Dân vận khéo” Đợt 1 là ngày 18/05/2021 (đơn vị đã quá hạn 1 ngày).');
  });

  it('reads as an official letter: addressed to the formal name, “Đề nghị đơn vị…”, the deadline once, signed by the coordinating office', () => {
    const m = composeUnitMail({ campaign, unitName: 'Phường 9', addressee: 'Đảng ủy Phường 9', due: due('2021-05-15'),
      missing: ['Còn thiếu 4/10 công trình “Việc có ý nghĩa giúp dân” (nội dung 1).'], link: tabUrl(URL, 42) });
    const lines = m.text.split('\n');
    expect(lines[0]).toBe('Kính gửi: Đảng ủy Phường 9');
    expect(lines).toContain('Đề nghị đơn vị hoàn thiện bảng đăng ký trên trang tính của đơn vị, cụ thể:');
    expect(m.text.match(/18\/05\/2021/g)).toHaveLength(1);
    expect(m.text).not.toMatch(/Hãy|Vui lòng|Kính gửi đơn vị/);
    expect(m.text).toContain('Trân trọng.\nBan Dân vận Quận ủy – Quận 3');
  });
});

it('a link is made only to a Google Sheets URL', () => {
  expect(tabUrl('javascript:alert(1)//docs.google.com/spreadsheets/d/x/edit', 1)).toBe('');
  expect(tabUrl(URL, undefined)).toBe(URL);
});

it('escapeHtml leaves no character that opens a tag, attribute or entity', () => {
  expect(escapeHtml('<a href="x" onclick=\'y\'>&`')).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;');
});

it('the coordinators\' digest escapes unit names and lists reminded, late, failed and postponed', () => {
  const d = composeDigest({
    campaign, todayVn: '19/05/2021', quota: 100, link: URL,
    reminded: [{ unit: HOSTILE_UNIT, what: 'hạn đăng ký Đợt 1 (18/05/2021), đã quá hạn 1 ngày', detail: 'p1@q3.gov.vn' }],
    late: [{ unit: 'Phường 2', what: 'trễ hạn đăng ký Đợt 1 (18/05/2021) 1 ngày' }],
    failed: [{ unit: 'Phường 10', what: 'hạn đăng ký Đợt 1', detail: 'Chưa có e-mail liên hệ trong Cấu hình' }],
    postponed: [],
  });
  expect(d.subject).toBe('[Dân vận khéo] Tổng hợp nhắc hạn ngày 19/05/2021: 1 thư đã gửi, 1 lượt trễ hạn, 1 lỗi');
  expect(d.html).not.toContain('<script');
  expect(visibleText(d.html)).toContain(HOSTILE_UNIT);
  expect(d.text).toMatch(/Đã nhắc \(1\):\n- Phường <script>/);
  expect(d.text).toContain('Hoãn vì hết hạn mức gửi thư trong ngày (sẽ gửi lần chạy sau) (0):\n- không có');
});
