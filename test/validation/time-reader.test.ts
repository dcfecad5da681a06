/**
 * Thời gian thực hiện as units write it. Campaign: Đợt 1 07/05–02/07/2021, Đợt 2 03/07–15/10/2021.
 * getValues returns Number, Boolean, Date or String
 * (https://developers.google.com/apps-script/reference/spreadsheet/value-type); a date cell is a
 * Date at local midnight of the spreadsheet's zone, so the day must be read in that zone.
 */
import fc from 'fast-check';
import { readImplementationTime, activityPeriod } from '../../src/core/validation/time-reader';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { campaign, sheetDate } from './fixtures';

type Ok = [string | number | Date, string, string, number[]];
const accepted: Ok[] = [
  ['15/5/2021', '2021-05-15', '2021-05-15', [1]],
  ['15-05-2021', '2021-05-15', '2021-05-15', [1]],
  ['15.05.2021', '2021-05-15', '2021-05-15', [1]],
  ['  15/05/2021 ', '2021-05-15', '2021-05-15', [1]],
  ['15/5/21', '2021-05-15', '2021-05-15', [1]],
  ['ngày 15 tháng 5 năm 2021', '2021-05-15', '2021-05-15', [1]],
  ['2021-08-20', '2021-08-20', '2021-08-20', [2]],
  ['05/2021', '2021-05-07', '2021-05-31', [1]],
  ['5/2021', '2021-05-07', '2021-05-31', [1]],
  ['Tháng 5/2021', '2021-05-07', '2021-05-31', [1]],
  ['THÁNG 6 NĂM 2021', '2021-06-01', '2021-06-30', [1]],
  ['Thang 8/2021', '2021-08-01', '2021-08-31', [2]],
  ['tháng 5 - 6/2021', '2021-05-07', '2021-06-30', [1]],
  ['Tháng 5 đến tháng 7/2021', '2021-05-07', '2021-07-31', [1, 2]],
  ['Tháng 7 – tháng 9/2021', '2021-07-01', '2021-09-30', [1, 2]],
  ['Từ 07/5 đến 02/7/2021', '2021-05-07', '2021-07-02', [1]],
  ['07/5 - 02/7/2021', '2021-05-07', '2021-07-02', [1]],
  ['tu 07/05/2021 den 15/10/2021', '2021-05-07', '2021-10-15', [1, 2]],
  ['15-05-2021 - 30-06-2021', '2021-05-15', '2021-06-30', [1]],
  ['10 - 20/8/2021', '2021-08-10', '2021-08-20', [2]],
  ['Quý III/2021', '2021-07-01', '2021-09-30', [1, 2]],
  ['quý 2 năm 2021', '2021-05-07', '2021-06-30', [1]],
  ['Quy 3', '2021-07-01', '2021-09-30', [1, 2]],
  ['Quý II - III/2021', '2021-05-07', '2021-09-30', [1, 2]],
  ['Đợt 1', '2021-05-07', '2021-07-02', [1]],
  ['đợt 2', '2021-07-03', '2021-10-15', [2]],
  ['DOT 2', '2021-07-03', '2021-10-15', [2]],
  ['Đợt 1 và đợt 2', '2021-05-07', '2021-10-15', [1, 2]],
  ['Cả 2 đợt', '2021-05-07', '2021-10-15', [1, 2]],
  ['Cả năm 2021', '2021-05-07', '2021-10-15', [1, 2]],
  ['- Tháng 6/2021', '2021-06-01', '2021-06-30', [1]],
  ['Cả năm', '2021-05-07', '2021-10-15', [1, 2]],
  ['Quanh năm', '2021-05-07', '2021-10-15', [1, 2]],
  ['Đợt I', '2021-05-07', '2021-07-02', [1]],
  ['Tháng 5,6/2021', '2021-05-07', '2021-06-30', [1]],
  ['tháng 9 và 10 năm 2021', '2021-09-01', '2021-10-15', [2]],
  ['Tha\u0301ng 8/2021', '2021-08-01', '2021-08-31', [2]],
  ['Đợt 2 (03/7 - 15/10/2021)', '2021-07-03', '2021-10-15', [2]],
  ['Năm 2021', '2021-05-07', '2021-10-15', [1, 2]],
  ['Thường xuyên', '2021-05-07', '2021-10-15', [1, 2]],
  ['thuong xuyen', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hàng tháng', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hàng tuần (sáng thứ bảy)', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hàng ngày', '2021-05-07', '2021-10-15', [1, 2]],
  ['hàng ngày', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hang ngay', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hằng ngày', '2021-05-07', '2021-10-15', [1, 2]],
  ['HÀNG NGÀY (buổi sáng)', '2021-05-07', '2021-10-15', [1, 2]],
  ['hàng tuần', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hằng tuần', '2021-05-07', '2021-10-15', [1, 2]],
  [sheetDate(2021, 5, 15), '2021-05-15', '2021-05-15', [1]],
  [sheetDate(2021, 10, 15), '2021-10-15', '2021-10-15', [2]],
  [44335, '2021-05-19', '2021-05-19', [1]], // a date cell formatted as a number: Sheets serial
];

/** Issue 16: phrasings officials write, as found in units' registrations, then ten more of the same families. */
const officialPhrasings: Ok[] = [
  ['T5-T6/2021', '2021-05-07', '2021-06-30', [1]],
  ['6 tháng cuối năm 2021', '2021-07-01', '2021-10-15', [1, 2]],
  ['Từ nay đến 30/9/2021', '2021-05-07', '2021-09-30', [1, 2]],
  ['Dịp lễ 2/9/2021', '2021-09-02', '2021-09-02', [2]],
  ['Cuối tháng 6/2021', '2021-06-21', '2021-06-30', [1]],
  ['Thứ 7 hàng tuần', '2021-05-07', '2021-10-15', [1, 2]],
  // ten more of our own
  ['T8/2021', '2021-08-01', '2021-08-31', [2]],
  ['Th.7 - Th.9/2021', '2021-07-01', '2021-09-30', [1, 2]],
  ['Q3/2021', '2021-07-01', '2021-09-30', [1, 2]],
  ['Nửa cuối năm 2021', '2021-07-01', '2021-10-15', [1, 2]],
  ['6 tháng đầu năm', '2021-05-07', '2021-06-30', [1]],
  ['Đầu tháng 7/2021', '2021-07-01', '2021-07-10', [1, 2]],
  ['Giữa tháng 8', '2021-08-11', '2021-08-20', [2]],
  ['Cuối tháng 6 - đầu tháng 7/2021', '2021-06-21', '2021-07-10', [1, 2]],
  ['Đến hết ngày 30/6/2021', '2021-05-07', '2021-06-30', [1]],
  ['Trước 15/8/2021', '2021-05-07', '2021-08-15', [1, 2]],
  ['Nhân dịp Quốc khánh 2/9', '2021-09-02', '2021-09-02', [2]],
  ['Từ tháng 7/2021', '2021-07-01', '2021-10-15', [1, 2]],
  ['Bắt đầu từ 15/7/2021', '2021-07-15', '2021-10-15', [2]],
  ['Sáng chủ nhật hằng tuần', '2021-05-07', '2021-10-15', [1, 2]],
  ['Ngày 15 hàng tháng', '2021-05-07', '2021-10-15', [1, 2]],
  ['Mỗi tháng một lần', '2021-05-07', '2021-10-15', [1, 2]],
  ['Hè 2021', '2021-06-01', '2021-08-31', [1, 2]],
  ['Cuối năm 2021', '2021-10-01', '2021-10-15', [2]],
];

describe('readImplementationTime accepts the phrasings of official documents', () => {
  it.each(officialPhrasings)('%p → %s … %s, rounds %p', (value, start, end, rounds) => {
    expect(readImplementationTime(value, campaign)).toMatchObject({ ok: true, start, end, rounds });
  });
});

describe('readImplementationTime accepts what units write', () => {
  it.each(accepted)('%p → %s … %s, rounds %p', (value, start, end, rounds) => {
    const r = readImplementationTime(value, campaign);
    expect(r).toMatchObject({ ok: true, start, end, rounds });
  });

  it('says when a month was narrowed to the campaign period', () => {
    const r = readImplementationTime('Tháng 5/2021', campaign);
    expect(r.ok && r.read).toBe('01/05/2021 – 31/05/2021, tính trong thời gian thi đua: 07/05/2021 – 31/05/2021');
  });

  it('describes recurring work as the whole period', () => {
    const r = readImplementationTime('Thường xuyên', campaign);
    expect(r.ok && r.read).toBe('cả thời gian thi đua 07/05/2021 – 15/10/2021');
  });

  it('reads a date cell in the campaign time zone, not the server’s (UTC here)', () => {
    // 00:30 on 07/05 in Hồ Chí Minh is still 06/05 in UTC.
    const r = readImplementationTime(new Date(Date.UTC(2021, 4, 6, 17, 30)), campaign);
    expect(r).toMatchObject({ ok: true, start: '2021-05-07' });
  });
});

type Bad = [string | number | boolean | Date, 'unreadable' | 'out-of-period' | 'invalid-date', string];
const refused: Bad[] = [
  ['tháng 3 - 4/2021', 'out-of-period', 'đọc được 01/03/2021 – 30/04/2021, ngoài thời gian thi đua 07/05/2021 – 15/10/2021'],
  ['01/05/2021 - 30/05/2021', 'out-of-period', 'đọc được 01/05/2021 – 30/05/2021, có phần ngoài thời gian thi đua 07/05/2021 – 15/10/2021'],
  ['20/10/2021', 'out-of-period', 'đọc được 20/10/2021, ngoài thời gian thi đua'],
  ['Cả năm 2020', 'out-of-period', 'đọc được 01/01/2020 – 31/12/2020'],
  ['Tháng 12/2021', 'out-of-period', 'đọc được 01/12/2021 – 31/12/2021'],
  [sheetDate(2021, 4, 30), 'out-of-period', 'đọc được 30/04/2021'],
  ['31/6/2021', 'invalid-date', 'ngày 31/06/2021 không có thật'],
  ['29/02/2021', 'invalid-date', 'ngày 29/02/2021 không có thật'],
  ['tháng 13/2021', 'invalid-date', 'không có tháng 13'],
  ['15/7 - 01/5/2021', 'invalid-date', 'ngày bắt đầu sau ngày kết thúc'],
  [new Date(NaN), 'invalid-date', 'ngày không hợp lệ'],
  ['đợt 3', 'unreadable', 'Chiến dịch không có đợt 3 (chỉ có Đợt 1, Đợt 2)'],
  ['sắp tới', 'unreadable', 'không đọc được thời gian “sắp tới”'],
  ['Khi có kinh phí', 'unreadable', 'Hãy ghi theo một trong các mẫu: “07/05/2021”, “07/05/2021 - 02/07/2021”, “Tháng 5/2021”'],
  ['Từ nay đến 30/12/2021', 'out-of-period', 'có phần ngoài thời gian thi đua'],
  ['Cuối tháng 4/2021', 'out-of-period', 'đọc được 21/04/2021 – 30/04/2021, ngoài'],
  ['T13/2021', 'invalid-date', 'không có tháng 13'],
  ['5', 'unreadable', 'không đọc được'],
  [true, 'unreadable', 'không đọc được'],
];

describe('readImplementationTime refuses, saying what it read and how to fix it', () => {
  it.each(refused)('%p → %s', (value, reason, text) => {
    const r = readImplementationTime(value, campaign);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message).toContain(text);
    }
  });

  it.each(refused.filter(([v]) => typeof v === 'string'))('%p: every example in the message can be copied and is accepted', (value) => {
    const r = readImplementationTime(value, campaign);
    const examples = !r.ok ? [...r.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]).filter((e) => e !== String(value).trim()) : [];
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) expect(readImplementationTime(e, campaign)).toMatchObject({ ok: true });
  });

  it('takes its dates and examples from the campaign, not from 2021', () => {
    const next = parseCampaign({
      ...QUAN3_2021, id: 'quan3-2022', year: 2022,
      rounds: [{ id: 1, name: 'Giai đoạn 1', start: '2022-03-01', end: '2022-09-30', registrationDeadline: '2022-03-15', reportDeadline: '2022-09-20' }],
    });
    expect(readImplementationTime('Tháng 5', next)).toMatchObject({ ok: true, start: '2022-05-01', end: '2022-05-31', rounds: [1] });
    expect(readImplementationTime('Giai đoạn 1', next)).toMatchObject({ ok: true, start: '2022-03-01', end: '2022-09-30' });
    const bad = readImplementationTime('tháng 5/2021', next);
    expect(!bad.ok && bad.message).toContain('ngoài thời gian thi đua 01/03/2022 – 30/09/2022');
    const unreadable = readImplementationTime('???', next);
    expect(!unreadable.ok && unreadable.message).toContain('Giai đoạn 1');
  });
});

describe('readImplementationTime properties', () => {
  const period = activityPeriod(campaign);
  const anyValue = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom(...'0123456789/-. thángquýđợtnămIVđếntừ,'.split('')), maxLength: 40 }),
    fc.double(),
    fc.integer(),
    fc.date({ noInvalidDate: false }),
    fc.boolean(),
  );

  it('never throws, and every accepted reading lies inside the activity period with start ≤ end', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = readImplementationTime(v, campaign);
        if (r.ok) {
          expect(r.start <= r.end).toBe(true);
          expect(r.start >= period.start && r.end <= period.end).toBe(true);
          expect(r.rounds.length).toBeGreaterThan(0);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every day of the period written dd/MM/yyyy as that very day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 161 }), (offset) => {
        const d = new Date(Date.UTC(2021, 4, 7 + offset));
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(readImplementationTime(`${day}/${m}/${y}`, campaign)).toMatchObject({ ok: true, start: iso, end: iso });
        expect(readImplementationTime(sheetDate(+y, +m, +day), campaign)).toMatchObject({ ok: true, start: iso, end: iso });
      }),
    );
  });

  it('finishes quickly on long dash-ridden pastes', () => {
    const t0 = Date.now();
    readImplementationTime('1-'.repeat(60) + '1', campaign);
    readImplementationTime('1 - '.repeat(30) + '1', campaign);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
