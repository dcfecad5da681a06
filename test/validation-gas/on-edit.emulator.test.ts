/**
 * A unit's user types into their tab; the coordinator's installable on-edit trigger marks the cell.
 * Behaviours relied on (Google's reference):
 * - Simple triggers run as the user who edited and cannot use services that need authorization;
 *   installable triggers run as the user who created them
 *   https://developers.google.com/apps-script/guides/triggers , https://developers.google.com/apps-script/guides/triggers/installable
 * - An add-on may create one trigger of each type per user per document
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 * - ScriptApp.getUserTriggers(spreadsheet) lists the current user's triggers of this document
 *   https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 * - Range.getNotes/setNotes and getBackgrounds/setBackgrounds read and write a block in one call
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object) ,
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
 */
import { MARK_COLORS, MARK_PREFIX } from '../../src/gas/validation/marks';
import { asUser, campaignWith, cell, fireRows, firstRowOf, GOOD, OWNER, TAB, typeRows, UNIT_USER, writeRows, type Row } from './world';

const NO_FILL = '#ffffff';

describe('a unit user typing in their tab (12 units)', () => {
  const emu = campaignWith(12);
  const row = firstRowOf(emu, 1);

  it('a bad date gets a note and a soft red background on that cell only, from the coordinator\'s trigger alone (no simple onEdit runs)', () => {
    const runs = typeRows(emu, row, [[GOOD[0], GOOD[1], '35/13/2021', GOOD[3], GOOD[4]]]);
    expect(runs.map((r) => [r.handler, r.kind, r.user, r.error?.message])).toEqual([
      ['onEditInstalled', 'installable', OWNER, undefined],
    ]);
    const bad = cell(emu, `D${row}`);
    expect(bad.note).toBe(`${MARK_PREFIX} Dòng ${row}, cột Thời gian thực hiện: “35/13/2021”: ngày 35/13/2021 không có thật; hãy sửa lại ngày, ví dụ “07/05/2021”.`);
    expect(bad.background).toBe(MARK_COLORS.error);
    expect(bad.value).toBe('35/13/2021');
    for (const col of ['B', 'C', 'E', 'F']) expect(cell(emu, `${col}${row}`)).toMatchObject({ note: '', background: NO_FILL });
  });

  it('fixing the date clears both the note and the background', () => {
    typeRows(emu, row, [GOOD]);
    expect(cell(emu, `D${row}`)).toMatchObject({ note: '', background: NO_FILL, value: GOOD[2] });
  });

  it('keeps a note the unit wrote itself, beside the add-on’s, and only the add-on’s part goes when fixed', () => {
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(TAB)!.getRange(`F${row}`).setNote('Nhân rộng từ mô hình của Phường 9 năm 2020'));
    typeRows(emu, row, [[GOOD[0], GOOD[1], GOOD[2], GOOD[3], 'cái gì đó']]);
    const marked = cell(emu, `F${row}`).note;
    expect(marked.startsWith('Nhân rộng từ mô hình của Phường 9 năm 2020\n\n⚠ Dân vận khéo: ')).toBe(true);
    expect(marked).toContain('không đọc được “cái gì đó”');
    typeRows(emu, row, [GOOD]);
    expect(cell(emu, `F${row}`)).toMatchObject({ note: 'Nhân rộng từ mô hình của Phường 9 năm 2020', background: NO_FILL });
  });

  it('the section heading shows the quota still missing as a note, and keeps its own fill', () => {
    const heading = cell(emu, `A${row - 1}`);
    expect(heading.note).toMatch(/^⚠ Dân vận khéo: Còn thiếu 9\/10 công trình “Việc có ý nghĩa giúp dân”/);
    expect(heading.background).toBe('#fff2cc');
  });

  it('a pasted block of 20 rows with mistakes gets every mark in one trigger run', () => {
    const start = firstRowOf(emu, 2);
    const rows: Row[] = Array.from({ length: 20 }, (_, i) => {
      if (i % 4 === 0) return [`Mô hình ${i}`, GOOD[1], 'abc', GOOD[3], GOOD[4]];
      if (i % 4 === 1) return [`Mô hình ${i}`, '', GOOD[2], GOOD[3], GOOD[4]];
      if (i % 4 === 2) return [`Mô hình ${i}`, GOOD[1], GOOD[2], GOOD[3], 'xyz'];
      return [`Mô hình ${i}`, GOOD[1], GOOD[2], GOOD[3], GOOD[4]];
    });
    const lines = firstRowOf(emu, 3) - 1 - start;
    asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(TAB)!.insertRowsAfter(start + lines - 1, 20 - lines));
    writeRows(emu, start, rows);
    emu.calls.reset();
    const runs = fireRows(emu, start, rows.length);
    const calls = emu.calls.snapshot();
    expect(runs.every((r) => !r.error)).toBe(true);
    expect(firstRowOf(emu, 3) - 1 - start).toBe(20);
    // Every write of the run (marks, summary) goes out in one Sheets API batchUpdate.
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(calls['Range.setNotes'] ?? 0).toBe(0);
    expect(calls['Range.setValue'] ?? 0).toBe(0);
    expect(calls['Range.setNote'] ?? 0).toBe(0);
    rows.forEach((r, i) => {
      const at = start + i;
      const expected = i % 4 === 0 ? 'D' : i % 4 === 1 ? 'C' : i % 4 === 2 ? 'F' : null;
      for (const col of ['B', 'C', 'D', 'E', 'F']) {
        const c = cell(emu, `${col}${at}`);
        if (col === expected) {
          expect(c.note).toContain(`${MARK_PREFIX} Dòng ${at}`);
          expect(c.background).toBe(MARK_COLORS.error);
        } else {
          expect(c).toMatchObject({ note: '', background: NO_FILL });
        }
      }
    });
  });

  it('without the installable trigger, a unit user’s edit runs nothing: no error and no mark', () => {
    const saved = [...emu.triggers.all];
    emu.triggers.all.splice(0);
    try {
      const r = firstRowOf(emu, 4);
      const runs = typeRows(emu, r, [[GOOD[0], GOOD[1], 'abc', GOOD[3], GOOD[4]]]);
      expect(runs).toEqual([]);
      expect(cell(emu, `D${r}`)).toMatchObject({ note: '', background: NO_FILL });
    } finally {
      emu.triggers.all.push(...saved);
    }
  });

  it('an edit on a sheet that is no unit’s tab (Cấu hình) marks nothing and does not fail', () => {
    const before = JSON.stringify([...emu.ctx.data.sheets.find((s) => s.name === 'Cấu hình')!.cells]);
    const runs = emu.fireEdit({ user: OWNER, sheet: 'Cấu hình', a1: 'B3' });
    expect(runs.every((r) => !r.error)).toBe(true);
    expect(JSON.stringify([...emu.ctx.data.sheets.find((s) => s.name === 'Cấu hình')!.cells])).toBe(before);
  });
});

describe('setup installs the coordinator’s edit trigger once', () => {
  it('exactly one onEditInstalled trigger for this document and user, however often setup runs', () => {
    const emu = campaignWith(12);
    emu.bundle!.call('setupUnitTabs');
    emu.bundle!.call('setupUnitTabs');
    const edit = emu.triggers.all.filter((t) => t.eventType === 'ON_EDIT');
    expect(edit.map((t) => [t.handler, t.owner, t.sourceId])).toEqual([['onEditInstalled', OWNER, emu.ctx.data.id]]);
  });
});

describe('cost of one edit', () => {
  /** Service calls of one edit (both triggers; onEditInstalled also refreshes the summary), by method. */
  function callsPerEdit(units: number): Record<string, number> {
    const emu = campaignWith(units);
    const row = firstRowOf(emu, 1);
    typeRows(emu, row, [GOOD]);
    writeRows(emu, row + 1, [[GOOD[0] + ' 2', GOOD[1], 'abc', GOOD[3], GOOD[4]]]);
    emu.calls.reset();
    const runs = fireRows(emu, row + 1, 1);
    const { 'SheetsApi.transferKB': _bytes, ...calls } = emu.calls.snapshot(); // bytes, not calls: the alerts name more units
    expect(runs.every((r) => !r.error)).toBe(true);
    expect(cell(emu, `D${row + 1}`).background).toBe(MARK_COLORS.error);
    return calls;
  }

  it('is the same number of service calls with 12 and with 120 units', () => {
    const small = callsPerEdit(12);
    const large = callsPerEdit(120);
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    console.log(`calls per edit: 12 units → ${total(small)}, 120 units → ${total(large)}\n${JSON.stringify(large, null, 1)}`);
    expect(large).toEqual(small);
    // One Sheets API read (the tab's values, notes and fills, Tổng hợp's rows) and one write; no SpreadsheetApp read.
    expect([small['Sheets.Spreadsheets.getByDataFilter'], small['Sheets.Spreadsheets.batchUpdate']]).toEqual([1, 1]);
    for (const read of ['Range.getValues', 'Range.getNotes', 'Range.getBackgrounds']) expect(small[read] ?? 0).toBe(0);
    expect(small['Range.setNotes'] ?? 0).toBe(0);
    expect(small['Range.getNote'] ?? 0).toBe(0);
  });
});

describe('the edited tab is found by its metadata, not its name', () => {
  const emu = campaignWith(12);
  const row = firstRowOf(emu, 1);

  it('a unit tab renamed by hand is still checked as its unit’s', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetByName(TAB)!.setName('P1 - đăng ký'));
    const runs = typeRows(emu, row, [[GOOD[0], GOOD[1], 'abc', GOOD[3], GOOD[4]]], UNIT_USER, 'P1 - đăng ký');
    expect(runs.every((r) => !r.error)).toBe(true);
    expect(cell(emu, `D${row}`, 'P1 - đăng ký').background).toBe(MARK_COLORS.error);
  });

  it('a copy of a unit tab (carrying the original’s metadata) is nobody’s tab: no marks there', () => {
    asUser(emu, OWNER, (ss) => {
      const original = ss.getSheetByName('P1 - đăng ký')!;
      const copy = original.copyTo(ss).setName('Bản sao');
      // "Duplicate" in the Sheets UI keeps the sheet's developer metadata, naming the original's id.
      const meta = original.getDeveloperMetadata().find((m) => m.getKey() === 'dvk.tab')!;
      if (!copy.getDeveloperMetadata().some((m) => m.getKey() === 'dvk.tab')) copy.addDeveloperMetadata('dvk.tab', meta.getValue()!);
    });
    const runs = typeRows(emu, row + 1, [[GOOD[0] + ' 2', GOOD[1], 'xyz', GOOD[3], GOOD[4]]], OWNER, 'Bản sao');
    expect(runs.every((r) => !r.error)).toBe(true);
    expect(cell(emu, `D${row + 1}`, 'Bản sao')).toMatchObject({ note: '', background: NO_FILL });
  });
});
