/** Date helpers shared by validation, summary and reminders (LocalDate = 'YYYY-MM-DD' in Asia/Ho_Chi_Minh). */
import fc from 'fast-check';
import { toLocalDate, formatVnDate, addDays, daysBetween, makeLocalDate } from '../../src/core/dates';

describe('dates', () => {
  it('reads the calendar day in the campaign zone', () => {
    expect(toLocalDate(new Date('2021-05-17T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-18');
    expect(toLocalDate(new Date('2021-05-17T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-17');
    expect(toLocalDate(new Date('2021-05-17T16:59:59Z'), 'UTC')).toBe('2021-05-17');
  });

  it('writes dd/MM/yyyy', () => {
    expect(formatVnDate('2021-05-07')).toBe('07/05/2021');
  });

  it('knows which days exist', () => {
    expect(makeLocalDate(2021, 2, 29)).toBeNull();
    expect(makeLocalDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeLocalDate(2021, 6, 31)).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2021-05-18', -8)).toBe('2021-05-10');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(daysBetween('2021-05-07', '2021-10-15')).toBe(161);
  });

  it('addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -2000, max: 2000 }), (offset, n) => {
        const d = addDays('2019-01-01', offset);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
});
