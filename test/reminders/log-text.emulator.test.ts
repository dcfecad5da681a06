/**
 * The reminder log's text stays text. Range.setValues parses strings as typed
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object); emulated in
 * test/emulator/spreadsheet-typed-input.test.ts), so Hạn "18/05/2021" would come back as a Date and
 * the digest would print a JS date and lose "còn N ngày". A log written before this fix, whose Hạn
 * Sheets already turned into dates, is read back as dd/MM/yyyy.
 */
import { parseLog } from '../../src/core/reminders';
import { campaignEmulator, logRows } from './fixture';

it('Hạn, Bước and the other text columns read back exactly as written', () => {
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  emu.clock.set('2021-05-11T07:00:00+07:00');
  emu.runDueTimeTriggers();
  const rows = logRows(emu).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows.filter((x) => !String(x[1]).startsWith('digest|'))) {
    expect(r[5]).toBe('18/05/2021');
    expect(r[6]).toBe('T-7');
    expect(typeof r[4]).toBe('string');
  }
  const digest = emu.outbox.find((m) => m.subject.includes('Tổng hợp nhắc hạn'));
  expect(digest?.body).toMatch(/\(18\/05\/2021\), còn 7 ngày/);
});

it('an older log whose Hạn became a Date is read back dd/MM/yyyy in the campaign zone', () => {
  const header = ['Thời gian', 'Mã nhắc', 'Đơn vị', 'Loại hạn', 'Đợt', 'Hạn', 'Bước', 'Người nhận', 'Kết quả', 'Chi tiết'];
  const hanAsDate = new Date('2021-05-17T17:00:00.000Z'); // 18/05/2021 00:00 in Asia/Ho_Chi_Minh
  const [r] = parseLog([header, [new Date('2021-05-11T00:05:00Z'), 'Phường 1|registration|1|T-7', 'Phường 1', 'hạn đăng ký', 'Đợt 1', hanAsDate, 'T-7', 'p1@q3.gov.vn', 'Đã gửi', '']], 'Asia/Ho_Chi_Minh');
  expect(r.deadline).toBe('18/05/2021');
});
