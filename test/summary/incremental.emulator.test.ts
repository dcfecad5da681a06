/**
 * The refresh after each edit of a unit tab (onEditInstalled → refreshUnitInSummary_), against
 * the full rebuild; service calls per edit; lock contention; the hourly trigger.
 * Behaviours relied on (Google's reference):
 * - LockService.getDocumentLock().tryLock(ms) returns false when another execution holds the lock
 *   https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
 * - An add-on may have one trigger of each type per user per document; time-driven ones run at most hourly, as their creator
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - ScriptApp.getUserTriggers(spreadsheet) lists this user's triggers for the document
 *   https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
 * - Installable edit triggers run as the user who created them
 *   https://developers.google.com/apps-script/guides/triggers/installable
 */
import { serviceCalls } from '../../src/local/bench/latency';
import fc from 'fast-check';
import type { Emulator } from '../../src/local/emulator/emulator';
import { readConfigGrid } from '../../src/core/config-sheet';
import { factsOfRow, summaryLayout } from '../../src/core/summary';
import { fireRows, firstRowOf } from '../validation-gas/world';
import { asUser, block, call, campaignWith, fill, good, OWNER, sheetIdOf, sheetValues, unitTable, type Row } from './world';

/** What onEditInstalled runs, called directly (a private `_` function: not reachable by google.script.run). */
const refreshTab = (emu: Emulator, sheetId: number) => emu.run(OWNER, () => emu.bundle!.invoke('refreshUnitTab_', [sheetId]));

/** Values of both sheets and the range of Danh sách mô hình's filter (edits must keep it as the rebuild makes it). */
const snapshot = (emu: Emulator) => ({
  summary: sheetValues(emu, 'Tổng hợp'), models: sheetValues(emu, 'Danh sách mô hình'),
  filter: asUser(emu, OWNER, (ss) => ss.getSheetByName('Danh sách mô hình')!.getFilter()?.getRange().getA1Notation()),
});

/** A person's edit: rows typed (or cleared) under a content, then Sheets fires the edit triggers. */
function edit(emu: Emulator, tab: string, content: number, rows: Row[]): void {
  fill(emu, tab, content, rows);
  fireRows(emu, firstRowOf(emu, content, tab), Math.max(rows.length, 1), OWNER, tab);
}

const TABS = ['Phường 1', 'Phường 3', 'Phường 4', 'Phường Võ Thị Sáu'];
const rowArb = fc.record({
  name: fc.constantFrom('Bữa cơm 0 đồng', 'Tủ bánh mì', 'Hẻm xanh', 'Một cửa', ''),
  kind: fc.constantFrom('mới', 'nhân rộng', 'tiếp tục', '', 'khác'),
  time: fc.constantFrom('07/05/2021 - 30/06/2021', '01/08/2021 - 30/09/2021', 'tháng 13'),
}).map(({ name, kind, time }): Row => [name, 'Tuyên truyền', time, '10 hộ', kind]);
const editArb = fc.record({ tab: fc.constantFrom(...TABS), content: fc.integer({ min: 1, max: 5 }), rows: fc.array(rowArb, { maxLength: 7 }) });

describe('incremental refresh equals the full rebuild', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');

  it('after any sequence of edits (property)', () => {
    fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 40 }), (edits, days) => {
      emu.clock.advance(days * 3_600_000);
      for (const e of edits) edit(emu, e.tab, e.content, e.rows);
      const incremental = snapshot(emu);
      call(emu, 'refreshSummary');
      expect(incremental).toEqual(snapshot(emu));
    }), { numRuns: 25 });
  });

  it('an edit changes the unit’s row, totals and its models, and records the last change', () => {
    emu.clock.set('2021-05-10T09:30:00+07:00');
    call(emu, 'refreshSummary');
    edit(emu, 'Phường 2', 1, [good('Nồi cháo yêu thương'), good('Áo ấm mùa đông')]);
    expect(unitTable(emu).get('Phường 2')).toMatchObject({ 'Nội dung 1': 2, 'Trạng thái': 'Đang đăng ký', 'Thay đổi lần cuối': '09:30 10/05/2021' });
    expect(sheetValues(emu, 'Danh sách mô hình').values.filter((r) => r[0] === 'Phường 2').map((r) => r[3])).toEqual(['Nồi cháo yêu thương', 'Áo ấm mùa đông']);
    edit(emu, 'Phường 2', 1, []);
    expect(unitTable(emu).get('Phường 2')).toMatchObject({ 'Nội dung 1': 0, 'Trạng thái': 'Chưa đăng ký' });
    expect(sheetValues(emu, 'Danh sách mô hình').values.some((r) => r[0] === 'Phường 2')).toBe(false);
  });
});

describe('a Tổng hợp whose columns are not the layout’s (an older version’s order, or moved by hand)', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');
  // The table as laid out before Trạng thái moved beside Đơn vị: Loại đơn vị in column B.
  asUser(emu, OWNER, (ss) => {
    const sheet = ss.getSheetByName('Tổng hợp')!;
    const values = sheet.getDataRange().getValues();
    const h = values.findIndex((r) => r[0] === 'Đơn vị');
    const swap = (r: unknown[]) => [r[2], r[1]];
    sheet.getRange(h + 1, 2, values.length - h, 2).setValues(values.slice(h).map(swap));
  });

  it('the sidebar’s dashboard does not count statuses from the wrong column: it asks for a rebuild', () => {
    const dash = call<{ built: boolean; message?: string }>(emu, 'getDashboard');
    expect(dash).toMatchObject({ built: false, message: 'Trang Tổng hợp theo mẫu cũ: bấm “Cập nhật tổng hợp” để lập lại.' });
  });

  it('an edit’s refresh rebuilds it whole rather than writing a row in the new order under the old headers', () => {
    fill(emu, 'Phường 3', 1, [good('Bữa cơm 0 đồng')]);
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 3'))).toBe('rebuilt');
    const p3 = unitTable(emu).get('Phường 3')!;
    expect(p3).toMatchObject({ 'Trạng thái': 'Đang đăng ký', 'Loại đơn vị': 'Phường (đảng bộ, chính quyền, MTTQ, đoàn thể phường)', 'Nội dung 1': 1 });
    expect(Object.keys(p3).slice(0, 3)).toEqual(['Đơn vị', 'Trạng thái', 'Loại đơn vị']);
  });
});

describe('a Tổng hợp written by the version before short facts cells (an existing file after the update)', () => {
  const emu = campaignWith(12);
  // Phường 3 has met its quota (10 models under content 1, one under 2 and 3): no alert lists it.
  fill(emu, 'Phường 3', 1, Array.from({ length: 10 }, (_, i) => good(`Mô hình ${i + 1}`)));
  fill(emu, 'Phường 3', 2, [good('Hẻm xanh')]);
  fill(emu, 'Phường 3', 3, [good('Một cửa')]);
  call(emu, 'refreshSummary');
  const c = asUser(emu, OWNER, (ss) => readConfigGrid(ss.getSheetByName('Cấu hình')!.getDataRange().getValues(), ss.getSpreadsheetTimeZone()).campaign!);
  const l = summaryLayout(c);
  // As that version left it: each unit row's facts cell the JSON ["name", "type id", "status",
  // models, [[report status, due, done], …]].
  asUser(emu, OWNER, (ss) => {
    const sheet = ss.getSheetByName('Tổng hợp')!;
    const rows = sheet.getRange(l.tableStart, 1, l.units, l.width).getValues();
    sheet.getRange(l.tableStart, l.factsColumn, l.units, 1).setValues(rows.map((r) => {
      const f = factsOfRow(c, r)!;
      return [JSON.stringify([f.unit, f.typeId, f.status, f.total, f.reports.map((x) => [x.status, x.due, x.done])])];
    }));
  });
  const visible = () => sheetValues(emu, 'Tổng hợp').values.map((r) => r.slice(0, l.width));
  const listed = () => block(emu, 'HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG').filter((a) => String(a['Hạn']).startsWith('Hạn đăng ký'))
    .map((a) => String(a['Đơn vị chưa xong']).split(', ').includes('Phường 3'));

  it('an edit refreshes the unit, its models, the totals and the alerts\' lists of units as a full rebuild shows them, without rebuilding', () => {
    expect(unitTable(emu).get('Phường 3')).toMatchObject({ 'Trạng thái': 'Đủ chỉ tiêu', 'Tổng số mô hình': 12 });
    expect(listed()).toEqual([false, false]);
    // Its first five lines under content 1 rewritten with two models: 7 of 10 left there.
    edit(emu, 'Phường 3', 1, [good('Bữa cơm 0 đồng'), good('Tủ bánh mì')]);
    const after = { summary: visible(), models: sheetValues(emu, 'Danh sách mô hình').values };
    expect(unitTable(emu).get('Phường 3')).toMatchObject({ 'Trạng thái': 'Đang đăng ký', 'Nội dung 1': 7, 'Tổng số mô hình': 9 });
    expect(listed()).toEqual([true, true]);
    // Not rebuilt: the other rows keep the facts cells the earlier version wrote.
    const facts = sheetValues(emu, 'Tổng hợp').values.slice(l.tableStart - 1).map((r) => String(r[l.factsColumn - 1]));
    expect(facts.filter((f) => f.startsWith('["')).length).toBe(l.units - 1);
    call(emu, 'refreshSummary');
    expect(after).toEqual({ summary: visible(), models: sheetValues(emu, 'Danh sách mô hình').values });
  });

  it('once rebuilt, an edit that meets the quota takes the unit off the alerts\' lists (known from the facts cells, not read), as the rebuild does', () => {
    edit(emu, 'Phường 3', 1, Array.from({ length: 5 }, (_, i) => good(`Mô hình ${i + 1}`)));
    expect(unitTable(emu).get('Phường 3')).toMatchObject({ 'Trạng thái': 'Đủ chỉ tiêu', 'Nội dung 1': 10 });
    expect(listed()).toEqual([false, false]);
    const incremental = snapshot(emu);
    call(emu, 'refreshSummary');
    expect(incremental).toEqual(snapshot(emu));
  });
});

describe('service calls per edit do not grow with the number of units', () => {
  function callsPerEdit(units: number): { outcome: unknown; calls: number } {
    const emu = campaignWith(units);
    call(emu, 'refreshSummary');
    fill(emu, 'Phường 3', 1, [good('Bữa cơm 0 đồng'), good('Tủ bánh mì')]);
    const id = sheetIdOf(emu, 'Phường 3');
    emu.calls.reset();
    const outcome = refreshTab(emu, id);
    // What a request carries (SheetsApi.*: bytes, sub-requests, cells) grows with the alerts' lists of units; calls must not.
    return { outcome, calls: serviceCalls(emu.calls.snapshot()) };
  }

  it('is the same at 12 and 60 units, and small', () => {
    const small = callsPerEdit(12);
    const large = callsPerEdit(60);
    expect(small.outcome).toBe('refreshed');
    expect(large.outcome).toBe('refreshed');
    expect(large.calls).toBe(small.calls);
    // ≈ 50 for the refresh itself and ≈ 12 for taking and releasing the file's claim (schedule/lock),
    // which keeps it and the hourly rebuild from writing at once.
    expect(small.calls).toBeLessThan(70);
  });
});

/** "Thay đổi lần cuối" as Tổng hợp shows a moment: HH:mm dd/MM/yyyy in the campaign's zone (Asia/Ho_Chi_Minh, UTC+7). */
const stampAt = (ms: number) => {
  const d = new Date(ms + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

describe('lock contention', () => {
  const emu = campaignWith(12);
  let pendingAt = '';
  call(emu, 'refreshSummary');

  it('an edit’s refresh that cannot get the document lock writes nothing and leaves the unit pending', () => {
    const before = snapshot(emu);
    fill(emu, 'Phường 4', 2, [good('Một cửa thân thiện')]);
    emu.holdLock('document', emu.clock.now() + 60_000);
    pendingAt = stampAt(emu.clock.now());
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 4'))).toBe('pending');
    expect(snapshot(emu)).toEqual(before);
  });

  it('the sidebar’s rebuild says to try again, the hourly trigger waits for the next hour', () => {
    emu.holdLock('document', emu.clock.now() + 600_000);
    expect(() => call(emu, 'refreshSummary')).toThrow('Tổng hợp đang được cập nhật bởi một lần chạy khác');
    call(emu, 'enableSummaryAutoRefresh');
    // The scheduled run has no document lock (no active document): it claims the file
    // (schedule/lock), which another execution has claimed here for 10 minutes.
    emu.ctx.data.developerMetadata.push({ id: 990003, key: 'dvk.claim', value: `${emu.clock.now() + 600_000} other`, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } });
    const scheduled = emu.run(OWNER, () => emu.bundle!.invoke('runScheduledJobs', [{}]), { hasUi: false, activeDocument: false });
    expect(scheduled).toEqual([{ id: emu.ctx.data.id, summary: 'busy' }]);
  });

  it('the next refresh that gets the lock repairs the pending unit too, showing the pending edit\'s time as its last change', () => {
    emu.clock.advance(600_000);
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 5'))).toBe('rebuilt');
    expect(unitTable(emu).get('Phường 4')!['Nội dung 2']).toBe(1);
    expect(unitTable(emu).get('Phường 4')!['Thay đổi lần cuối']).toBe(pendingAt);
    expect(unitTable(emu).get('Phường 5')!['Thay đổi lần cuối']).toBe(stampAt(emu.clock.now()));
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 5'))).toBe('refreshed');
  });
});

describe('the hourly rebuild', () => {
  const emu = campaignWith(12);

  it('is turned on once per user per document, however often the button is pressed', () => {
    const first = call<{ message: string; autoRefresh: boolean }>(emu, 'enableSummaryAutoRefresh');
    const second = call<{ message: string; autoRefresh: boolean }>(emu, 'enableSummaryAutoRefresh');
    expect(first.message).toBe('Đã bật tự động cập nhật mỗi giờ.');
    expect(second).toMatchObject({ message: 'Tự động cập nhật mỗi giờ đã bật từ trước.', autoRefresh: true });
    expect(emu.triggers.all.map((t) => [t.handler, t.eventType, t.schedule?.everyHours])).toContainEqual(['runScheduledJobs', 'CLOCK', 1]);
    expect(emu.triggers.all.filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
  });

  it('repairs what no edit event reported (a write by API) within the hour, as the coordinator, keeping each unit\'s last change', () => {
    emu.clock.advance(60_000);
    fill(emu, 'Phường 2', 2, [good('Sửa trên trang tính')]);
    refreshTab(emu, sheetIdOf(emu, 'Phường 2')); // the edit's refresh records the last change
    const lastChange = unitTable(emu).get('Phường 2')!['Thay đổi lần cuối'];
    expect(lastChange).toMatch(/^\d\d:\d\d \d\d\/\d\d\/2021$/);
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Phường 1')!.getRange(firstRowOf(emu, 1), 2, 1, 5).setValues([good('Viết qua API')]));
    emu.clock.advance(3_600_000);
    const runs = emu.runDueTimeTriggers();
    expect(runs.map((r) => [r.handler, r.user, r.error?.message, r.result])).toEqual([
      ['runScheduledJobs', OWNER, undefined, [{ id: emu.ctx.data.id, summary: 'rebuilt' }]],
    ]);
    expect(unitTable(emu).get('Phường 1')!['Nội dung 1']).toBe(1);
    // Document properties, where edits record it, are null in the scheduled run: the sheet's value is kept.
    expect(unitTable(emu).get('Phường 2')!['Thay đổi lần cuối']).toBe(lastChange);
  });
});
