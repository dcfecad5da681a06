/**
 * Tổng hợp and Danh sách mô hình on the emulator, through the built bundle: what a person counts
 * on twelve wards in mixed states, deadline alerts by date, notes kept, renamed and deleted tabs.
 * Behaviours relied on (Google's reference):
 * - Range.setValues writes a block in one call; a string starting with "=" is stored as a formula
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * - Sheet.getCharts / EmbeddedChart.modify / updateChart keep a chart (and its position) in place
 *   https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * - A cell's text overflows into the next cell while it is empty (WrapStrategy OVERFLOW, the default)
 *   https://developers.google.com/apps-script/reference/spreadsheet/wrap-strategy
 * - Developer metadata on the spreadsheet finds a sheet whatever its name
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
import { twelveWards } from './fixture';
import { asUser, block, call, OWNER, sheetIdOf, sheetValues, unitTable } from './world';
import { NOTES_HEADER } from '../../src/core/summary';

const rebuild = (emu: ReturnType<typeof twelveWards>) => call<{ counts: Record<string, number> }>(emu, 'refreshSummary');

describe('Tổng hợp on twelve wards (07/05/2021)', () => {
  const emu = twelveWards();
  const dash = rebuild(emu);
  const units = unitTable(emu);

  it('has one row per ward in Cấu hình order with what a person counts', () => {
    expect([...units.keys()]).toEqual(['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'Phường 9', 'Phường 10',
      'Phường 11', 'Phường 12', 'Phường 13', 'Phường 14', 'Phường Võ Thị Sáu']);
    expect(units.get('Phường 1')).toMatchObject({
      'Loại đơn vị': 'Phường (đảng bộ, chính quyền, MTTQ, đoàn thể phường)', 'Liên hệ': 'phuong1@q3.gov.vn',
      'Nội dung 1': 10, 'Nội dung 2': 1, 'Nội dung 3': 1, 'Nội dung 4': 0, 'Tổng số mô hình': 12,
      'Tiếp tục thực hiện': 4, 'Nhân rộng': 3, 'Mô hình mới': 5, 'Chưa rõ loại': 0, 'Mô hình Đợt 1': 12, 'Mô hình Đợt 2': 0,
      'Chỉ tiêu': 'Đủ', 'Còn thiếu': 0, 'Lỗi': 0, 'Trạng thái': 'Đủ chỉ tiêu',
    });
    expect(units.get('Phường 1')!.Tab).toBe(`=HYPERLINK("#gid=${sheetIdOf(emu, 'Phường 1')}","Phường 1")`);
    expect(units.get('Phường 2')).toMatchObject({ 'Tổng số mô hình': 0, 'Còn thiếu': 12, 'Trạng thái': 'Chưa đăng ký', 'Lỗi': 0, 'Cảnh báo': 3 });
    expect(units.get('Phường 3')).toMatchObject({ 'Nội dung 1': 3, 'Còn thiếu': 9, 'Trạng thái': 'Đang đăng ký',
      'Chỉ tiêu': 'Thiếu 7/10 Việc có ý nghĩa giúp dân; Thiếu 1/1 Mô hình cải cách hành chính; Thiếu 1/1 Khu phố, hẻm, khu dân cư tạo mảng xanh' });
    expect(units.get('Phường 4')).toMatchObject({ 'Tổng số mô hình': 1, 'Chưa rõ loại': 1, 'Lỗi': 1, 'Trạng thái': 'Có lỗi' });
    expect(units.get('Phường 5')).toMatchObject({ 'Nội dung 1': 10, 'Tổng số mô hình': 12, 'Còn thiếu': 1, 'Trạng thái': 'Đang đăng ký',
      'Chỉ tiêu': 'Thiếu 1/10 Việc có ý nghĩa giúp dân' });
    expect(units.get('Phường 9')).toMatchObject({ 'Nội dung 4': 2, 'Nội dung 5': 1, 'Mô hình Đợt 1': 1, 'Mô hình Đợt 2': 2,
      'Nhân rộng': 1, 'Tiếp tục thực hiện': 1, 'Mô hình mới': 1 });
  });

  it('shows the campaign, the update time, today’s round and the next deadline in the header', () => {
    const { values } = sheetValues(emu, 'Tổng hợp');
    expect(values[0][0]).toMatch(/^TỔNG HỢP ĐĂNG KÝ MÔ HÌNH – Nhân rộng các mô hình hiệu quả/);
    expect(values[1][0]).toBe('Cập nhật lúc 08:00 07/05/2021');
    expect(values[2][0]).toBe('Hôm nay (07/05/2021) thuộc Đợt 1: 07/05/2021 – 02/07/2021');
    expect(values[3][0]).toBe('Hạn kế tiếp: Hạn đăng ký Đợt 1 18/05/2021 (còn 11 ngày)');
  });

  it('lists each deadline with the units not done and days left', () => {
    const alerts = block(emu, 'HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG');
    expect(alerts.map((a) => [a['Hạn'], a['Ngày'], a['Còn (ngày)'], a['Tình trạng'], a['Số đơn vị chưa xong']])).toEqual([
      ['Hạn đăng ký Đợt 1', '18/05/2021', 11, 'Còn hạn', 11],
      ['Hạn đăng ký Đợt 2', '10/06/2021', 34, 'Còn hạn', 11],
      // A report deadline is met once every model due in the round is reported (core/progress, as
      // reminders and Báo cáo decide): on 07/05 no ward has reported, so all twelve are open.
      ['Hạn báo cáo kết quả Đợt 1', '25/06/2021', 49, 'Còn hạn', 12],
      ['Hạn báo cáo kết quả Đợt 2', '05/10/2021', 151, 'Còn hạn', 12],
    ]);
    expect(alerts[2]['Đơn vị chưa xong']).toBe('Phường 1, Phường 2, Phường 3, Phường 4, Phường 5, Phường 9, Phường 10, Phường 11, Phường 12, Phường 13, Phường 14, Phường Võ Thị Sáu');
  });

  it('shows the results report per round: wards with models due, none reported yet, not yet due', () => {
    const rounds = block(emu, 'BÁO CÁO KẾT QUẢ THEO ĐỢT');
    expect(rounds.map((r) => [r['Đợt'], r['Hạn báo cáo'], r['Đơn vị phải báo cáo'], r['Đã báo cáo'], r['Báo cáo trễ'], r['Chưa báo cáo'], r['Chưa đến hạn'], r['Tỷ lệ báo cáo'], r['Tỷ lệ hoàn thành']]))
      .toEqual([['Đợt 1', '25/06/2021', 5, 0, 0, 0, 5, '0%', '0%'], ['Đợt 2', '05/10/2021', 1, 0, 0, 0, 1, '0%', '0%']]);
    expect(units.get('Phường 1')).toMatchObject({ 'Báo cáo Đợt 1': 'Chưa đến hạn', 'Mô hình phải báo cáo Đợt 1': 12, 'Mô hình đã báo cáo Đợt 1': 0, 'Báo cáo Đợt 2': 'Không có mô hình' });
    expect(units.get('Phường 2')).toMatchObject({ 'Báo cáo Đợt 1': 'Không có mô hình', 'Mô hình phải báo cáo Đợt 1': 0 });
  });

  it('totals by unit type and for the district, and the dashboard agrees', () => {
    const totals = block(emu, 'TỔNG THEO LOẠI ĐƠN VỊ');
    const ward = totals.find((t) => String(t['Loại đơn vị']).startsWith('Phường'))!;
    const all = totals[totals.length - 1];
    expect(all['Loại đơn vị']).toBe('Toàn quận');
    for (const t of [ward, all]) {
      expect(t).toMatchObject({ 'Số đơn vị': 12, 'Đủ chỉ tiêu': 1, 'Chưa đủ': 11, 'Đang đăng ký': 3, 'Chưa đăng ký': 7, 'Có lỗi': 1, 'Quá hạn': 0, 'Số mô hình': 12 + 3 + 1 + 12 + 3 });
    }
    expect(totals.find((t) => t['Loại đơn vị'] === 'Chi bộ cơ sở')).toMatchObject({ 'Số đơn vị': 0, 'Số mô hình': 0 });
    expect(dash.counts).toEqual({ total: 12, done: 1, inProgress: 4, notStarted: 7, overdue: 0 });
  });

  it('lists every registered model in Danh sách mô hình, units in order', () => {
    const { values } = sheetValues(emu, 'Danh sách mô hình');
    expect(values[0]).toEqual(['Đơn vị', 'Loại đơn vị', 'Nội dung', 'Tên mô hình', 'Hình thức thực hiện', 'Thời gian thực hiện', 'Đợt', 'Dự kiến kết quả', 'Ghi chú', 'Nhân rộng mô hình (Danh mục)']);
    expect(values).toHaveLength(1 + 31);
    expect(values.slice(1).map((r) => r[0])).toEqual([...Array(12).fill('Phường 1'), ...Array(3).fill('Phường 3'), 'Phường 4', ...Array(12).fill('Phường 5'), ...Array(3).fill('Phường 9')]);
    expect(values.find((r) => r[3] === 'Cổng trường an toàn')).toEqual(['Phường 9', 'Phường (đảng bộ, chính quyền, MTTQ, đoàn thể phường)',
      '4. Không vi phạm Luật giao thông đường bộ', 'Cổng trường an toàn', 'Vận động mạnh thường quân', '01/08/2021 - 30/09/2021', 'Đợt 2', '02 căn nhà', 'nhân rộng', '']);
  });

  it('protects both sheets (coordinators only), colours statuses and has one progress chart', () => {
    asUser(emu, OWNER, (ss) => {
      const sheet = ss.getSheetByName('Tổng hợp')!;
      expect(sheet.getProtections(SpreadsheetAppProtection())[0].getDescription()).toMatch(/Tổng hợp/);
      expect(ss.getSheetByName('Danh sách mô hình')!.getProtections(SpreadsheetAppProtection())).toHaveLength(1);
      const rules = sheet.getConditionalFormatRules().map((r) => [r.getBooleanCondition()!.getCriteriaValues()[0], r.getBooleanCondition()!.getBackground()]);
      expect(rules).toEqual(expect.arrayContaining([['Quá hạn', '#f4c7c3'], ['Sắp đến hạn', '#fce8b2'], ['Xong', '#b7e1cd'], ['Đủ chỉ tiêu', '#b7e1cd']]));
      expect(sheet.getCharts()).toHaveLength(1);
      expect(ss.getSheetByName('Danh sách mô hình')!.getFrozenRows()).toBe(1);
    });
  });

  it('reads at a glance: unit names in a wide frozen first column, narrow count columns, headers wrapped (Tổng hợp and Danh sách mô hình)', () => {
    asUser(emu, OWNER, (ss) => {
      for (const name of ['Tổng hợp', 'Danh sách mô hình']) {
        const sheet = ss.getSheetByName(name)!;
        expect(sheet.getFrozenColumns()).toBe(1);
        expect(sheet.getColumnWidth(1)).toBe(220);
        expect(sheet.getColumnWidth(2)).toBeLessThan(220);
      }
      const sheet = ss.getSheetByName('Tổng hợp')!;
      const header = sheet.getDataRange().getValues().findIndex((r) => r[0] === 'Đơn vị') + 1;
      expect(sheet.getRange(header, 2).getWrap()).toBe(true);
      // The title runs across the row rather than wrapping into a ten-line first cell.
      expect(sheet.getRange(1, 1).getWrap()).toBe(false);
      expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
      // The chart stands right of every column holding content (the hidden facts and digests too), so it hides
      // no value; each alert's list of units is merged up to the table's last column and wraps there, so it cannot
      // overflow under the chart (text overflows into empty cells: WrapStrategy OVERFLOW, see the header).
      const chartColumn = sheet.getCharts()[0].getContainerInfo().getAnchorColumn();
      expect(chartColumn).toBe(sheet.getLastColumn() + 1);
      const alerts = sheet.getDataRange().getValues().findIndex((r) => r[5] === 'Đơn vị chưa xong') + 2;
      const list = sheet.getRange(alerts, 6).getMergedRanges()[0];
      expect([list.getRow(), list.getColumn(), list.getLastColumn(), sheet.getRange(alerts, 6).getWrap()]).toEqual([alerts, 6, sheet.getLastColumn() - 2, true]);
      // The last two columns hold the add-on's facts and digests cells (for an edit's refresh), hidden; the one before is the notes column.
      const last = sheet.getLastColumn();
      expect([last - 2, last - 1, last].map((col) => sheet.isColumnHiddenByUser(col))).toEqual([false, true, true]);
      expect(sheet.getRange(header, last - 2).getValue()).toBe('Ghi chú của người tổng hợp');
      expect(sheet.getColumnWidth(last - 2)).toBe(96);
      // Trạng thái in view beside the frozen names (it was column T, off-screen), its colours on that column.
      expect(sheet.getRange(header, 1, 1, 3).getValues()[0]).toEqual(['Đơn vị', 'Trạng thái', 'Loại đơn vị']);
      const statusRule = sheet.getConditionalFormatRules().find((r) => r.getBooleanCondition()!.getCriteriaValues()[0] === 'Đủ chỉ tiêu')!;
      expect(statusRule.getRanges()[0].getA1Notation()).toBe(`B${header + 1}:B${header + 12}`);
      expect(sheet.getRange(header + 1, 2).getValue()).toBe('Đủ chỉ tiêu');
    });
  });
});

const SpreadsheetAppProtection = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

describe('deadlines as days pass', () => {
  const emu = twelveWards();
  it('turns amber 3 days before a deadline', () => {
    emu.clock.set('2021-05-16T07:00:00+07:00');
    rebuild(emu);
    expect(block(emu, 'HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG')[0]).toMatchObject({ 'Còn (ngày)': 2, 'Tình trạng': 'Sắp đến hạn' });
  });

  it('after the last registration deadline, units not done are Quá hạn and the dashboard lists them with contacts', () => {
    emu.clock.set('2021-06-15T07:00:00+07:00');
    const dash = call<{ counts: Record<string, number>; late: { unit: string; contact: string; sheetId: number }[] }>(emu, 'refreshSummary');
    const units = unitTable(emu);
    expect(units.get('Phường 1')!['Trạng thái']).toBe('Đủ chỉ tiêu');
    expect(units.get('Phường 4')!['Trạng thái']).toBe('Quá hạn');
    expect(units.get('Phường 2')!['Lỗi']).toBe(3);
    expect(dash.counts).toEqual({ total: 12, done: 1, inProgress: 0, notStarted: 0, overdue: 11 });
    expect(dash.late).toHaveLength(11);
    expect(dash.late.map((u) => u.unit)).not.toContain('Phường 1');
    expect(dash.late.find((u) => u.unit === 'Phường 3')!.sheetId).toBe(sheetIdOf(emu, 'Phường 3'));
    const alerts = block(emu, 'HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG');
    expect(alerts.slice(0, 2).map((a) => [a['Còn (ngày)'], a['Tình trạng']])).toEqual([[-28, 'Quá hạn'], [-5, 'Quá hạn']]);
  });
});

describe('a derived summary', () => {
  const emu = twelveWards();
  rebuild(emu);

  it('keeps the coordinator’s notes column and the chart’s position across rebuilds', () => {
    asUser(emu, OWNER, (ss) => {
      const sheet = ss.getSheetByName('Tổng hợp')!;
      const values = sheet.getDataRange().getValues();
      const h = values.findIndex((r) => r.includes(NOTES_HEADER));
      const col = values[h].indexOf(NOTES_HEADER) + 1;
      sheet.getRange(h + 1 + 3, col).setValue('Đã gọi điện nhắc');
      const chart = sheet.getCharts()[0];
      sheet.updateChart(chart.modify().setPosition(30, 2, 0, 0).build());
    });
    rebuild(emu);
    expect(unitTable(emu).get('Phường 3')![NOTES_HEADER]).toBe('Đã gọi điện nhắc');
    asUser(emu, OWNER, (ss) => {
      const charts = ss.getSheetByName('Tổng hợp')!.getCharts();
      expect(charts).toHaveLength(1);
      expect(charts[0].getContainerInfo().getAnchorRow()).toBe(30);
    });
  });

  it('moves a chart an earlier version left at its old place (row 1, column K, over the table) right of the table', () => {
    asUser(emu, OWNER, (ss) => {
      const sheet = ss.getSheetByName('Tổng hợp')!;
      sheet.updateChart(sheet.getCharts()[0].modify().setPosition(1, 11, 0, 0).build());
      // As an earlier version's look: the rebuild applies this one's once.
      for (const m of ss.createDeveloperMetadataFinder().withKey('dvk.summary.look').find()) m.remove();
    });
    rebuild(emu);
    asUser(emu, OWNER, (ss) => {
      const sheet = ss.getSheetByName('Tổng hợp')!;
      expect(sheet.getCharts()[0].getContainerInfo().getAnchorColumn()).toBe(sheet.getLastColumn() + 1);
    });
  });

  it('deleting Tổng hợp and rebuilding gives the same content (notes aside)', () => {
    const before = sheetValues(emu, 'Tổng hợp');
    asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName('Tổng hợp')!));
    rebuild(emu);
    const after = sheetValues(emu, 'Tổng hợp');
    const strip = (g: unknown[][]) => g.map((r) => r.map((v) => (v === 'Đã gọi điện nhắc' ? '' : v)));
    expect(strip(after.values)).toEqual(strip(before.values));
    expect(after.formulas).toEqual(before.formulas);
  });

  it('a renamed unit tab is still counted and linked under its new name', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Phường 3')!.setName('P3 - đã sửa'));
    rebuild(emu);
    const p3 = unitTable(emu).get('Phường 3')!;
    expect(p3).toMatchObject({ 'Tổng số mô hình': 3, 'Trạng thái': 'Đang đăng ký' });
    expect(p3.Tab).toMatch(/"P3 - đã sửa"\)$/);
  });

  it('a deleted unit tab leaves the unit with no models and “Không có tab”', () => {
    asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName('Phường 9')!));
    rebuild(emu);
    expect(unitTable(emu).get('Phường 9')).toMatchObject({ 'Tổng số mô hình': 0, Tab: 'Không có trang tính', 'Trạng thái': 'Chưa đăng ký' });
    expect(sheetValues(emu, 'Danh sách mô hình').values.some((r) => r[0] === 'Phường 9')).toBe(false);
  });

  it('refuses a unit’s user', () => {
    emu.user = 'phuong1@q3.gov.vn';
    try {
      expect(() => rebuild(emu)).toThrow('không phải người tổng hợp');
    } finally {
      emu.user = OWNER;
    }
  });
});
