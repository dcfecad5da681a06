/**
 * "Kiểm tra" (checkUnits) through the built bundle: who may run it, one unit or all, quotas against
 * the emulator's clock in Asia/Ho_Chi_Minh, formula injection, and the marks it (re)applies.
 * - google.script.run calls run as the user at the sidebar, so the server function checks the caller
 *   https://developers.google.com/apps-script/guides/html/communication
 * - A string starting with "=" is stored as a formula by setValue(s); an apostrophe keeps it text
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 */
import { MARK_COLORS, MARK_PREFIX } from '../../src/gas/validation/marks';
import { FIELDS as MARKS_FIELDS } from '../../src/gas/validation/read-marks';
import { asUser, campaignWith, cell, COORDINATOR, firstRowOf, GOOD, OWNER, TAB, typeRows, UNIT_USER, writeRows, type Row } from './world';

interface Result {
  today: string; errors: number; warnings: number;
  units: { unit: string; sheetName: string; sheetId: number | null; errors: number; warnings: number;
    problems: { a1?: string; row?: number; column?: string; severity: string; code: string; message: string }[] }[];
}

const NO_FILL = '#ffffff';
const check = (emu: ReturnType<typeof campaignWith>, user: string, unit?: string) => {
  emu.user = user;
  try {
    return (unit === undefined ? emu.bundle!.call('checkUnits') : emu.bundle!.call('checkUnits', unit)) as Result;
  } finally {
    emu.user = OWNER;
  }
};

describe('checkUnits', () => {
  const emu = campaignWith(12);
  // The coordinator of the setup tests is a file editor but not yet listed in Cấu hình.
  const row = firstRowOf(emu, 1);
  writeRows(emu, row, [GOOD, [GOOD[0], '@lệnh', 'Quý 3', '- Thăm hỏi 20 hộ', 'mới'], ['', '', '', '', '']]);

  it('refuses a unit’s user, and a file editor who is not listed as coordinator, in Vietnamese', () => {
    expect(() => check(emu, UNIT_USER)).toThrow(`Tài khoản ${UNIT_USER} không phải người tổng hợp của chiến dịch nên không thể kiểm tra bảng đăng ký của các đơn vị.`);
    expect(() => check(emu, COORDINATOR)).toThrow('không phải người tổng hợp');
    expect(cell(emu, `C${row + 1}`).note).toBe('');
  });

  it('checks every unit: problems grouped by unit with counts, quotas as unit-level problems at the section heading', () => {
    const r = check(emu, OWNER);
    expect(r.today).toBe('07/05/2021');
    expect(r.units.map((u) => u.unit)).toHaveLength(12);
    const p1 = r.units.find((u) => u.unit === TAB)!;
    expect(p1.sheetName).toBe(TAB);
    expect(typeof p1.sheetId).toBe('number');
    const rowProblems = p1.problems.filter((p) => p.code !== 'quota').map((p) => [p.a1, p.column, p.severity, p.code]);
    expect(rowProblems).toEqual([
      [`B${row + 1}`, 'Tên mô hình', 'warning', 'duplicate-name'],
      [`C${row + 1}`, 'Hình thức thực hiện', 'error', 'formula-injection'],
      [`E${row + 1}`, 'Dự kiến kết quả (hiệu quả, số lượng đạt được)', 'warning', 'formula-injection'],
    ]);
    const quotas = p1.problems.filter((p) => p.code === 'quota');
    expect(quotas.map((q) => [q.a1, q.severity])).toEqual([[`A${row - 1}`, 'warning'], [expect.stringMatching(/^A\d+$/), 'warning'], [expect.stringMatching(/^A\d+$/), 'warning']]);
    expect(quotas[0].message).toMatch(/^Còn thiếu 9\/10 công trình “Việc có ý nghĩa giúp dân” \(nội dung 1\); hạn đăng ký 18\/05\/2021/);
    expect(p1).toMatchObject({ errors: 1, warnings: 5 });
    expect(r.errors).toBe(r.units.reduce((n, u) => n + u.errors, 0));
    expect(r.warnings).toBe(r.units.reduce((n, u) => n + u.warnings, 0));
    const p2 = r.units.find((u) => u.unit === 'Phường 2')!;
    expect(p2.problems.map((p) => p.code)).toEqual(['quota', 'quota', 'quota']);
  });

  it('neutralises formula-like text (the apostrophe keeps it text), reports it, and changes no other value', () => {
    // Written behind an apostrophe, which Sheets takes as "text" and does not keep
    // (ExtendedValue.stringValue: "Leading single quotes are not included"): text, not a formula.
    expect(cell(emu, `C${row + 1}`).value).toBe('@lệnh');
    expect(cell(emu, `E${row + 1}`).value).toBe('- Thăm hỏi 20 hộ');
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName(TAB)!.getRange(`C${row + 1}:E${row + 1}`).getFormulas()[0])).toEqual(['', '', '']);
    expect(cell(emu, `D${row + 1}`).value).toBe('Quý 3');
    expect(cell(emu, `C${row + 1}`)).toMatchObject({ background: MARK_COLORS.error });
    expect(cell(emu, `C${row + 1}`).note).toContain('nên có thể bị hiểu là công thức');
    expect(cell(emu, `E${row + 1}`).background).toBe(MARK_COLORS.warning);
  });

  it('re-marks tabs it checks and leaves every value untouched on a second run', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetByName(TAB)!.getRange(`B${row + 1}`).setNote(null as unknown as string));
    const before = asUser(emu, OWNER, (ss) => ss.getSheets().map((s) => s.getDataRange().getValues()));
    check(emu, OWNER);
    expect(asUser(emu, OWNER, (ss) => ss.getSheets().map((s) => s.getDataRange().getValues()))).toEqual(before);
    expect(cell(emu, `B${row + 1}`).note).toMatch(new RegExp(`^${MARK_PREFIX} Dòng ${row + 1}, cột Tên mô hình: trùng tên mô hình với dòng ${row}`));
  });

  it('checks one unit by name, reading only its tab', () => {
    emu.calls.reset();
    const r = check(emu, OWNER, 'Phường 2');
    expect(r.units.map((u) => u.unit)).toEqual(['Phường 2']);
    // Cấu hình by getValues; Phường 2 by the batched read (values, dates as serials told by the marks read's formats).
    expect(emu.calls.snapshot()['Range.getValues']).toBe(1);
    expect(emu.calls.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBeLessThanOrEqual(2);
    expect(() => check(emu, OWNER, 'Phường 99')).toThrow('Không có đơn vị “Phường 99” trong Cấu hình.');
  });

  it('after the last registration deadline, missing works are errors; "today" follows the clock in Asia/Ho_Chi_Minh', () => {
    emu.clock.set('2021-06-10T16:59:00Z'); // 23:59 on 10/06 in Vietnam: still the deadline day
    expect(check(emu, OWNER, 'Phường 2').units[0].problems.map((p) => p.severity)).toEqual(['warning', 'warning', 'warning']);
    emu.clock.set('2021-06-10T17:30:00Z'); // 00:30 on 11/06 in Vietnam, still 10/06 in UTC
    const r = check(emu, OWNER, 'Phường 2');
    expect(r.today).toBe('11/06/2021');
    expect(r.units[0].problems.map((p) => p.severity)).toEqual(['error', 'error', 'error']);
    expect(r.units[0].problems[0].message).toContain('đã quá hạn đăng ký 10/06/2021');
    emu.clock.set('2021-05-07T08:00:00+07:00');
  });
});

describe('checkUnits cost, tabs not made yet, and a busy document', () => {
  const emu = campaignWith(12);

  it('reads every tab\'s values, then every tab\'s notes and fills, in batched requests, and writes every mark in one batchUpdate', () => {
    writeRows(emu, firstRowOf(emu, 1), [[GOOD[0], GOOD[1], 'abc', GOOD[3], GOOD[4]]]);
    emu.calls.reset();
    check(emu, OWNER);
    const calls = emu.calls.snapshot();
    console.log(`checkUnits, 12 units: ${Object.values(calls).reduce((a, b) => a + b, 0)} service calls`);
    // Cấu hình by getValues; the 12 tabs in one batched read (values, dates as serials told by the marks read's formats).
    expect(calls['Range.getValues']).toBe(1);
    expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBeLessThanOrEqual(2);
    // The file's sheets and tracking: one Spreadsheets.get; notes and fills of the 12 tables: one
    // more with a fields mask; the marks: one batchUpdate.
    expect(calls['Sheets.Spreadsheets.get']).toBe(2);
    for (const perTab of ['Sheet.getDeveloperMetadata', 'DeveloperMetadataFinder.find', 'Spreadsheet.getSheetById']) expect(calls[perTab] ?? 0).toBe(0);
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    for (const perTab of ['Range.getNotes', 'Range.getBackgrounds', 'Range.setNotes', 'Range.setBackgrounds']) expect(calls[perTab] ?? 0).toBe(0);
    for (const single of ['Range.getValue', 'Range.setValue', 'Range.setNote', 'Range.setBackground', 'Range.getNote']) expect(calls[single] ?? 0).toBe(0);
    // Only the cells that change travel (under 1,000), not the 12 whole tables (≈ 14,000 notes and fills).
    expect(calls['SheetsApi.kCells']).toBe(1);
  });

  it('with the minute\'s Sheets API reads used up by another job (60 a minute per user: developers.google.com/workspace/sheets/api/limits), Kiểm tra waits with exponential back-off and gives the same result, still batched', () => {
    const before = check(emu, OWNER);
    emu.clock.advance(61_000);
    const api = emu.globals().Sheets as { Spreadsheets: { Values: { batchGet(id: string, o: object): unknown } } };
    emu.run(OWNER, () => {
      const id = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getId();
      for (let i = 0; i < 60; i++) api.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] });
    });
    emu.calls.reset();
    const t0 = emu.clock.now();
    const after = check(emu, OWNER);
    const calls = emu.calls.snapshot();
    expect(after).toEqual(before);
    // It waited on the emulator's clock (Utilities.sleep), about the quota's minute at most.
    expect(calls['Utilities.sleep']).toBeGreaterThanOrEqual(1);
    expect(emu.clock.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(emu.clock.now() - t0).toBeLessThanOrEqual(70_000);
    // Nothing fell back to reading tab by tab: Cấu hình is the one getValues, as without the wait.
    expect(calls['Range.getValues']).toBe(1);
    for (const perTab of ['Range.getNotes', 'Range.getBackgrounds']) expect(calls[perTab] ?? 0).toBe(0);
  });

  it('a unit listed in Cấu hình without a tab yet is reported, with no cell to open', () => {
    asUser(emu, OWNER, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      const values = config.getDataRange().getValues();
      const last = values.map((r) => r[0]).lastIndexOf('Phường Võ Thị Sáu') + 1;
      config.getRange(last + 1, 1, 1, 2).setValues([['Phường 8', 'phuong']]);
    });
    const r = check(emu, OWNER, 'Phường 8');
    expect(r.units).toEqual([{ unit: 'Phường 8', sheetName: '', sheetId: null, errors: 1, warnings: 0,
      problems: [{ severity: 'error', code: 'no-tab', message: 'Đơn vị chưa có trang tính đăng ký: bấm “Tạo/cập nhật trang tính đơn vị”.' }] }]);
  });

  it('while another execution holds the document lock: checkUnits says so; an edit is left unmarked until the next one', () => {
    const row = firstRowOf(emu, 3);
    emu.holdLock('document', emu.clock.now() + 120_000);
    expect(() => check(emu, OWNER)).toThrow('Một người tổng hợp khác đang tạo trang tính hoặc kiểm tra. Vui lòng thử lại sau ít phút.');
    const runs = typeRows(emu, row, [[GOOD[0] + ' 3', GOOD[1], 'abc', GOOD[3], GOOD[4]]]);
    expect(runs.every((x) => !x.error)).toBe(true);
    expect(cell(emu, `D${row}`).note).toBe('');
    emu.clock.advance(180_000);
    typeRows(emu, row, [[GOOD[0] + ' 3', GOOD[1], 'abc', GOOD[3], GOOD[4]]]);
    expect(cell(emu, `D${row}`).background).toBe(MARK_COLORS.error);
  });

  it('puts the Ghi chú dropdown back on rows a unit inserted in its table, without touching what it typed', () => {
    const tab = TAB;
    const last = firstRowOf(emu, 2, tab) - 2; // content 1's last printed row (its heading is the next row)
    const ruleAt = (a1: string) => asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(a1).getDataValidation());
    expect(ruleAt(`F${last}`)).not.toBeNull();
    // The unit inserts two rows under content 1's last printed row and types a model there. The
    // emulator's inserted rows carry no data validation (only the neighbour's fill): Google documents
    // no rule coming with a new row (InsertDimensionRequest.inheritFromBefore names "dimension
    // properties", its example a background:
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest;
    // the Apps Script reference of insertRowsAfter says nothing of formats or rules). Rows without the
    // rule are the stricter case (the add-on must put it back, and does); rows that inherit it only mean
    // less to restore. Pinned in test/emulator/spreadsheet-insert-inherit.test.ts; the conformance
    // scenario sheets-api.insert-rows-inherit records what Google does.
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 2));
    writeRows(emu, last + 2, [GOOD], UNIT_USER, tab);
    expect(ruleAt(`F${last + 1}`)).toBeNull();
    const typed = asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(`A${last + 1}:F${last + 2}`).getValues());
    check(emu, OWNER, tab);
    for (const a1 of [`F${last + 1}`, `F${last + 2}`]) {
      const rule = ruleAt(a1)!;
      expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
      expect(rule.getCriteriaValues()[0]).toEqual(expect.arrayContaining(['tiếp tục thực hiện', 'mô hình mới']));
      expect(rule.getAllowInvalid()).toBe(true);
    }
    // Headings keep no dropdown; nothing typed changed.
    expect(ruleAt(`F${firstRowOf(emu, 2, tab) - 1}`)).toBeNull();
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(`A${last + 1}:F${last + 2}`).getValues())).toEqual(typed);
  });

  it('an edit into a row the unit inserted puts the dropdown back on that section (the edit trigger, no Kiểm tra)', () => {
    const tab = TAB;
    const last = firstRowOf(emu, 3, tab) - 2; // content 2's last printed row
    const ruleAt = (a1: string) => asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(a1).getDataValidation());
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 1));
    expect(ruleAt(`F${last + 1}`)).toBeNull();
    const runs = typeRows(emu, last + 1, [[GOOD[0] + ' chèn', GOOD[1], GOOD[2], GOOD[3], '']], UNIT_USER, tab);
    expect(runs.every((x) => !x.error)).toBe(true);
    expect(String(ruleAt(`F${last + 1}`)?.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(`B${last + 1}`).getValue())).toBe(GOOD[0] + ' chèn');
  });

  /** The setDataValidation sub-requests of the batchUpdates `fn` sends (0-based GridRanges). */
  const validationsSent = (fn: () => void) => {
    const api = (emu.globals().Sheets as GoogleAppsScript.Sheets).Spreadsheets;
    const update = api.batchUpdate;
    const sent: { startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number }[] = [];
    api.batchUpdate = ((body: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) => {
      for (const r of body.requests ?? []) if (r.setDataValidation) sent.push(r.setDataValidation.range!);
      return update(body, id);
    }) as typeof api.batchUpdate;
    try { fn(); } finally { api.batchUpdate = update; }
    return sent;
  };

  it('a check of tabs whose filled rows carry the dropdown (inserted rows included, as the edit trigger leaves them) sends no validation sub-request', () => {
    const tab = TAB;
    // The earlier tests' inserted rows got the rule back; a row inserted now gets it as the edit trigger would.
    const last = firstRowOf(emu, 4, tab) - 2;
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 1));
    asUser(emu, OWNER, (ss) => { const s = ss.getSheetByName(tab)!; s.getRange(last + 1, 6).setDataValidation(s.getRange(last, 6).getDataValidation()); });
    writeRows(emu, last + 1, [[GOOD[0] + ' có sẵn', GOOD[1], GOOD[2], GOOD[3], GOOD[4]]], UNIT_USER, tab);
    emu.calls.reset();
    expect(validationsSent(() => check(emu, OWNER))).toEqual([]);
    expect(emu.calls.snapshot()['SheetsApi.request.setDataValidation'] ?? 0).toBe(0);
  });

  it('restores the dropdown with one sub-request from the first row lacking it to the last, across the sections between; a heading whose Ghi chú cell holds text splits it there', () => {
    const tab = TAB;
    const ruleAt = (row: number) => asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(row, 6).getDataValidation());
    // A row inserted and typed under content `id`'s last row (call bottom-up, so the rows above keep their numbers).
    const insertUnder = (id: number) => {
      const last = (id === 5 ? firstRowOf(emu, 5, tab) + 4 : firstRowOf(emu, id + 1, tab) - 2);
      asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 1));
      writeRows(emu, last + 1, [[GOOD[0] + ` chèn ${id}`, GOOD[1], GOOD[2], GOOD[3], GOOD[4]]], UNIT_USER, tab);
      return last + 1;
    };
    // Content 4's heading unmerged and written in at Ghi chú: two ranges, none over that heading.
    const heading = firstRowOf(emu, 4, tab) - 1;
    asUser(emu, OWNER, (ss) => { const s = ss.getSheetByName(tab)!; s.getRange(heading, 1, 1, 6).breakApart(); s.getRange(heading, 6).setValue('ghi chú của đơn vị'); });
    const five = insertUnder(5);
    const three = insertUnder(3);
    const split = validationsSent(() => check(emu, OWNER, tab));
    expect(split.map((r) => [r.startRowIndex! + 1, r.endRowIndex, r.startColumnIndex! + 1])).toEqual([[three, three, 6], [five + 1, five + 1, 6]]);
    expect([ruleAt(three), ruleAt(five + 1)].map((r) => String(r?.getCriteriaType()))).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST']);
    // The heading is one row lower now (a row went in under content 3, above it).
    expect(ruleAt(heading + 1)).toBeNull();
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(heading + 1, 6).getValue())).toBe('ghi chú của đơn vị');
    // Under contents 2 and 3, content 3's heading between them merged and empty: one range, from the
    // first row lacking the rule to the last (the printed rows around them keep theirs, not re-sent).
    const lower = insertUnder(3);
    const upper = insertUnder(2);
    const one = validationsSent(() => check(emu, OWNER, tab));
    expect(one.map((r) => [r.startRowIndex! + 1, r.endRowIndex])).toEqual([[upper, lower + 1]]);
    expect([ruleAt(upper), ruleAt(lower + 1)].map((r) => String(r?.getCriteriaType()))).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST']);
    // Once restored, the next check sends none.
    expect(validationsSent(() => check(emu, OWNER, tab))).toEqual([]);
  });

  it('a Ghi chú cell holding another rule (a checkbox the coordinator set) keeps it: the dropdown goes back on the rows around it, not over it', () => {
    const tab = TAB;
    const ruleAt = (row: number) => asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(row, 6).getDataValidation());
    const last = firstRowOf(emu, 4, tab) - 2; // content 3's last row
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 3));
    writeRows(emu, last + 1, [1, 2, 3].map((i): Row => [GOOD[0] + ` ô đánh dấu ${i}`, GOOD[1], GOOD[2], GOOD[3], '']), UNIT_USER, tab);
    asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getRange(last + 2, 6).setDataValidation((emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).newDataValidation().requireCheckbox().build()));
    const sent = validationsSent(() => check(emu, OWNER, tab));
    expect(sent.map((r) => [r.startRowIndex! + 1, r.endRowIndex])).toEqual([[last + 1, last + 1], [last + 3, last + 3]]);
    expect([last + 1, last + 2, last + 3].map((row) => String(ruleAt(row)?.getCriteriaType()))).toEqual(['VALUE_IN_LIST', 'CHECKBOX', 'VALUE_IN_LIST']);
  });

  it('a mark colour an inserted row came with (its neighbour\'s fill) goes: at the edit of that row, and at Kiểm tra on a row left empty', () => {
    // Google documents that an inserted row extends its neighbour's background (InsertDimensionRequest
    // .inheritFromBefore: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest);
    // the emulator gives SpreadsheetApp's inserts the same (test/emulator/spreadsheet-insert-inherit.test.ts),
    // so a row inserted under a marked row shows the mark's colour without its note.
    const tab = TAB;
    const last = firstRowOf(emu, 5, tab) - 2; // content 4's last printed row
    typeRows(emu, last, [[GOOD[0] + ' sai ngày', GOOD[1], 'abc', GOOD[3], GOOD[4]]], UNIT_USER, tab);
    expect(cell(emu, `D${last}`, tab).background).toBe(MARK_COLORS.error);
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 2));
    expect(cell(emu, `D${last + 1}`, tab)).toMatchObject({ background: MARK_COLORS.error, note: '' });
    // The unit types a good row into the first inserted row: the edit leaves it without any mark.
    const runs = typeRows(emu, last + 1, [[GOOD[0] + ' chèn dưới', GOOD[1], GOOD[2], GOOD[3], GOOD[4]]], UNIT_USER, tab);
    expect(runs.every((x) => !x.error)).toBe(true);
    for (const col of ['B', 'C', 'D', 'E', 'F']) expect(cell(emu, `${col}${last + 1}`, tab)).toMatchObject({ background: NO_FILL, note: '' });
    // The edit re-marks its section, so the other inserted row, left empty, lost the colour too.
    expect(cell(emu, `D${last + 2}`, tab)).toMatchObject({ background: NO_FILL, note: '' });
    // A row inserted under the marked row and never typed in: Kiểm tra takes the colour off it and keeps the real mark.
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.insertRowsAfter(last, 1));
    expect(cell(emu, `D${last + 1}`, tab)).toMatchObject({ background: MARK_COLORS.error, note: '' });
    check(emu, OWNER, tab);
    expect(cell(emu, `D${last + 1}`, tab)).toMatchObject({ background: NO_FILL, note: '' });
    expect(cell(emu, `D${last}`, tab)).toMatchObject({ background: MARK_COLORS.error, note: expect.stringContaining(MARK_PREFIX) });
  });

  it('a model typed under the footnote is flagged at its cell (“nằm ngoài bảng, chưa được tính”); a signer’s name under the signature is not', () => {
    const tab = TAB; // the tab UNIT_USER may edit
    const signature = asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getDataRange().getValues().findIndex((r) => r.some((v) => String(v).startsWith('XÁC NHẬN CỦA CẤP ỦY'))) + 1);
    writeRows(emu, signature + 3, [GOOD], UNIT_USER, tab);
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(tab)!.getRange(signature + 5, 4).setValue('Bí thư Nguyễn Văn A'));
    const u = check(emu, OWNER, tab).units[0];
    const outside = u.problems.filter((p) => p.code === 'outside-table');
    expect(outside).toEqual([{ a1: `B${signature + 3}`, row: signature + 3, severity: 'warning', code: 'outside-table',
      message: `Dòng ${signature + 3}: nằm ngoài bảng, chưa được tính; hãy chuyển lên một dòng trống của nội dung phù hợp (hoặc chèn thêm dòng trong bảng).` }]);
    expect(cell(emu, `B${signature + 3}`, tab)).toMatchObject({ background: MARK_COLORS.warning, note: expect.stringContaining('nằm ngoài bảng, chưa được tính') });
    expect(cell(emu, `D${signature + 5}`, tab).note).toBe('');
  });
});

describe('date cells in Thời gian thực hiện', () => {
  // In a vi_VN file setValues reads '15/01/2020' as typed: a date cell (the conformance kit pins it).
  const emu = campaignWith(3);
  const row = firstRowOf(emu, 2);
  writeRows(emu, row, [['Mô hình ngày', GOOD[1], '15/01/2020', GOOD[3], GOOD[4]], ['Mô hình cũ', GOOD[1], '15/01/1999', GOOD[3], GOOD[4]],
    ['Mô hình ngày giờ', GOOD[1], '20/05/2021 14:30', GOOD[3], GOOD[4]]]);
  const timeProblems = (r: Result) => r.units[0].problems.filter((p) => p.code.startsWith('time')).map((p) => [p.a1, p.code, p.message]);
  // A day before 2000 is told a date by its cell's format only (a bare number that small is not taken for one).
  const expected = [[`D${row}`, 'time-out-of-period', expect.stringContaining('đọc được 15/01/2020, ngoài thời gian thi đua')],
    [`D${row + 1}`, 'time-out-of-period', expect.stringContaining('đọc được 15/01/1999, ngoài thời gian thi đua')]];

  it('are read as dates from one values request: one outside the period is an error naming the day read, a date-time inside is not', () => {
    expect(cell(emu, `D${row}`).value).toBeInstanceOf(Date);
    expect(cell(emu, `D${row + 1}`).value).toBeInstanceOf(Date);
    expect(cell(emu, `D${row + 2}`).value).toBeInstanceOf(Date);
    emu.calls.reset();
    const r = check(emu, OWNER, TAB);
    // Dates come as serials; the notes-and-fills request's number formats tell them from numbers.
    expect(emu.calls.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(1);
    expect(timeProblems(r)).toEqual(expected);
    expect(cell(emu, `D${row}`).background).toBe(MARK_COLORS.error);
  });

  it('are read the same when the notes-and-fills request fails (the tab is then read the usual way)', () => {
    const api = (emu.globals().Sheets as GoogleAppsScript.Sheets).Spreadsheets;
    const get = api.get;
    api.get = ((id: string, opts: { fields?: string }) => {
      if (opts?.fields === MARKS_FIELDS) throw new Error('Service unavailable');
      return get(id, opts);
    }) as typeof api.get;
    try {
      expect(timeProblems(check(emu, OWNER, TAB))).toEqual(expected);
    } finally {
      api.get = get;
    }
  });
});

describe('a date typed into a row the unit inserted (no dd/MM/yyyy format of the template)', () => {
  // Nothing documents that an inserted row gets its neighbour's number format; the emulator gives it
  // none (test/emulator/spreadsheet-insert-inherit.test.ts). Typing a date into a cell without one
  // gives it a date format as typed (the kit's limit.set-values-typed), so Kiểm tra still reads a date.
  const emu = campaignWith(3);
  const last = firstRowOf(emu, 3) - 2; // content 2's last printed row

  it('is read as the date typed: one before 2000 is out of the period, one inside it is not', () => {
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(TAB)!.insertRowsAfter(last, 2));
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName(TAB)!.getRange(last + 1, 4).getNumberFormat())).not.toBe('dd/MM/yyyy');
    writeRows(emu, last + 1, [['Mô hình chèn cũ', GOOD[1], '15/01/1999', GOOD[3], GOOD[4]], ['Mô hình chèn mới', GOOD[1], '20/05/2021', GOOD[3], GOOD[4]]]);
    const r = check(emu, OWNER, TAB);
    const time = r.units[0].problems.filter((p) => p.code.startsWith('time')).map((p) => [p.a1, p.code]);
    expect(time).toEqual([[`D${last + 1}`, 'time-out-of-period']]);
    expect(r.units[0].problems.find((p) => p.a1 === `D${last + 1}`)?.message).toContain('đọc được 15/01/1999');
  });
});
