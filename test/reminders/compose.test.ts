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
    expect(mail.text).toContain(`Đơn vị ${HOSTILE_UNIT} còn 3 ngày đến hạn đăng ký Đợt 1 (18/05/2021).`);
    expect(mail.text).toContain(`- ${HOSTILE_MODEL}`);
    expect(mail.text).toContain('Mở tab của đơn vị: https://docs.google.com/spreadsheets/d/abc123/edit#gid=42');
    expect(visibleText(mail.html)).toContain(`Đơn vị ${HOSTILE_UNIT} còn 3 ngày đến hạn đăng ký Đợt 1 (18/05/2021).`);
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
    expect(late.text).toContain('Đơn vị Phường 2 đã quá hạn đăng ký Đợt 1 (18/05/2021) (1 ngày).');
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
