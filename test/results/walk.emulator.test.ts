/**
 * Results phase on the emulator, through the built bundle, over both rounds of 2021.
 * Behaviours relied on (Google's reference):
 * - Sheet.insertColumnsAfter / Range.setValues / Range.setDataValidation
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
 * - PropertiesService document properties: getProperties / setProperties
 *   https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object)
 */
import { asUser, OWNER } from '../setup/helpers';
import { at, generate, register, report, RESULT_COL, registerOnTime, setUp, tab, type Generated } from './fixture';

const statusOf = (g: Generated, unit: string, round: number) => g.report.units.find((u) => u.unit === unit)!.rounds.find((r) => r.round === round)!.status;

describe('adding the results block to tabs that hold registrations', () => {
  const emu = setUp();
  registerOnTime(emu);
  const snapshot = () => JSON.parse(JSON.stringify(emu.ctx.data.sheets.map((s) => ({ id: s.id, cells: [...s.cells.entries()] }))));
  const before = snapshot();
  const first = emu.bundle!.call('addResultsColumns') as { changed: string[]; unchanged: number; message: string };

  it('adds Kết quả thực hiện, Tình trạng, Minh chứng right of the form on every unit tab and the template', () => {
    expect(first.changed).toHaveLength(33);
    // 32 units: the message counts their tabs, and names the template apart.
    expect(first.message).toBe('Đã thêm cột Kết quả thực hiện, Tình trạng, Minh chứng vào 32 trang tính đơn vị và Mẫu đăng ký; dữ liệu đăng ký giữ nguyên.');
    asUser(emu, OWNER, (ss) => {
      const p1 = tab(ss, 'Phường 1');
      expect(p1.getRange(10, 7, 1, 3).getValues()[0]).toEqual(['Kết quả thực hiện', 'Tình trạng', 'Minh chứng']);
      expect(p1.getRange(12, 8).getDataValidation()?.getCriteriaValues()[0]).toEqual(['Đã hoàn thành', 'Đang thực hiện', 'Không thực hiện']);
    });
  });

  it('changes no existing cell (every value of every tab is where it was)', () => {
    const after = snapshot();
    for (const s of before) {
      const now = new Map(after.find((x: { id: number }) => x.id === s.id).cells as [string, { value: unknown }][]);
      for (const [key, cell] of s.cells as [string, { value: unknown }][]) expect([key, now.get(key)?.value]).toEqual([key, cell.value]);
    }
  });

  it('is idempotent: a second run changes nothing', () => {
    const again = snapshot();
    const second = emu.bundle!.call('addResultsColumns') as { changed: string[]; unchanged: number };
    expect(second).toMatchObject({ changed: [], unchanged: 33 });
    expect(snapshot()).toEqual(again);
  });
});

describe('walking both rounds', () => {
  const emu = setUp();
  const rows = registerOnTime(emu);
  emu.bundle!.call('addResultsColumns');
  at(emu, '2021-05-20');
  const afterRegistration = generate(emu);
  at(emu, '2021-05-25');
  const p2a = register(emu, 'Phường 2', 1, 0, 'Quỹ khuyến học', 'Đợt 2');
  at(emu, '2021-06-20');
  report(emu, 'Phường 1', rows.p1a, 'Đã hoàn thành', '120 suất cơm mỗi tuần');
  report(emu, 'Phường 1', rows.p1b, 'Đang thực hiện', '3.000 ổ bánh mì');
  report(emu, 'Quận Đoàn 3', rows.qd1, 'Đã hoàn thành', '8 buổi, 400 lượt đoàn viên');
  at(emu, '2021-06-26');
  const round1 = generate(emu);
  const round1Problems = emu.bundle!.call('checkUnits', 'Quận Đoàn 3') as { units: { problems: { message: string }[] }[] };
  at(emu, '2021-06-28');
  report(emu, 'Quận Đoàn 3', rows.qd2, 'Đang thực hiện', 'Đã hỗ trợ 2 điểm thi');
  report(emu, 'Phòng Tư pháp', rows.tp1, 'Không thực hiện', 'Chuyển sang dịch vụ công trực tuyến của thành phố');
  const round1Late = generate(emu);
  at(emu, '2021-10-01');
  report(emu, 'Phường 1', rows.p1b, 'Đã hoàn thành', '6.500 ổ bánh mì');
  report(emu, 'Phường 1', rows.p1c, 'Đã hoàn thành', '12 hẻm', 'https://drive.google.com/x');
  at(emu, '2021-10-06');
  const round2 = generate(emu);

  it('after the registration deadline names the units that registered nothing', () => {
    expect(afterRegistration.report.notRegistered).toHaveLength(29);
    expect(afterRegistration.report.notRegistered).toContain('Phường 2');
    expect(afterRegistration.report.registeredLate).toEqual([]);
  });

  it('a unit that registers after a refresh saw it empty past the deadline is "registered late"', () => {
    expect(round2.report.registeredLate).toEqual(['Phường 2']);
    expect(round2.report.notRegistered).toHaveLength(28);
    expect(p2a).toBeGreaterThan(0);
  });

  it('round 1 report status per unit matches a hand count, the day after the deadline', () => {
    expect(statusOf(round1, 'Phường 1', 1)).toBe('reported');
    expect(statusOf(round1, 'Quận Đoàn 3', 1)).toBe('missing');
    expect(statusOf(round1, 'Phòng Tư pháp', 1)).toBe('missing');
    expect(statusOf(round1, 'Phường 2', 1)).toBe('none');
    expect(round1.report.rounds[0]).toMatchObject({ units: 3, reported: 1, late: 0, missing: 2, pending: 0 });
    expect(round1.report.rounds[1]).toMatchObject({ units: 2, reported: 0, missing: 0, pending: 2 });
  });

  it('units that complete after the deadline are counted late, not on time', () => {
    expect(statusOf(round1Late, 'Quận Đoàn 3', 1)).toBe('late');
    expect(statusOf(round1Late, 'Phòng Tư pháp', 1)).toBe('late');
    expect(round1Late.report.rounds[0]).toMatchObject({ units: 3, reported: 1, late: 2, missing: 0, reportRate: 1 });
  });

  it('round 2: Phường 1 reported, Phường 2 missing, with the rows still missing', () => {
    expect(statusOf(round2, 'Phường 1', 2)).toBe('reported');
    expect(statusOf(round2, 'Phường 2', 2)).toBe('missing');
    expect(round2.report.units.find((u) => u.unit === 'Phường 2')!.rounds[1].missingRows).toEqual([p2a]);
    expect(round2.report.rounds[1]).toMatchObject({ units: 2, reported: 1, late: 0, missing: 1, reportRate: 0.5 });
    expect(round2.report.rounds[1].completionRate).toBeCloseTo(2 / 3);
  });

  it('the compiled figures match the unit tabs', () => {
    expect(round2.report.total).toMatchObject({ registered: 7, done: 4, ongoing: 1, dropped: 1, unreported: 1, moi: 4, tiepTuc: 2, nhanRong: 1 });
    expect(round2.report.byContent.map((t) => t.registered)).toEqual([5, 1, 1, 0, 0]);
    const byType = Object.fromEntries(round2.report.byUnitType.map((t) => [t.label, t.registered]));
    expect(byType).toMatchObject({ 'Phường (đảng bộ, chính quyền, MTTQ, đoàn thể phường)': 4, 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội quận': 2 });
  });

  it('writes the Báo cáo sheet with the same figures', () => {
    asUser(emu, OWNER, (ss) => {
      const values = tab(ss, round2.sheetName).getDataRange().getValues();
      const total = values.find((r) => r[0] === 'Tổng cộng')!;
      expect(total.slice(0, 6)).toEqual(['Tổng cộng', 7, 4, 1, 1, 1]);
      const r2 = values.find((r) => r[0] === 'Đợt 2')!;
      expect(r2.slice(0, 9)).toEqual(['Đợt 2', '05/10/2021', 2, 1, 0, 1, 0, '50%', '67%']);
      expect(values.find((r) => r[0] === 'Đăng ký trễ')![1]).toBe('Phường 2');
      // The units to chase by name, per round, beside the counts.
      expect(values.find((r) => r[0] === 'Đợt 2: chưa báo cáo')![1]).toBe('Phường 2');
      expect(String(values.find((r) => r[0] === 'Đợt 1: báo cáo trễ')![1]).split('; ').sort()).toEqual(['Phòng Tư pháp', 'Quận Đoàn 3']);
    });
  });

  it('validation names the unreported model after the report deadline', () => {
    const messages = round1Problems.units[0].problems.map((p) => p.message).join('\n');
    expect(messages).toContain('Tiếp sức mùa thi');
    expect(messages).toContain('25/06/2021');
  });
});

describe('commendations', () => {
  const emu = setUp();
  const rows = registerOnTime(emu);
  emu.bundle!.call('addResultsColumns');
  report(emu, 'Quận Đoàn 3', rows.qd1, 'Đã hoàn thành', '8 buổi');
  const first = generate(emu);

  it('a tick in the Báo cáo list survives regeneration and lists the model', () => {
    expect(first.report.commended).toEqual([]);
    asUser(emu, OWNER, (ss) => {
      const sheet = tab(ss, first.sheetName);
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((r) => r[0] === 'Quận Đoàn 3' && r[2] === 'Ngày thứ bảy tình nguyện') + 1;
      sheet.getRange(row, 8).setValue(true);
    });
    const second = generate(emu);
    expect(second.report.commended).toMatchObject([{ unit: 'Quận Đoàn 3', name: 'Ngày thứ bảy tình nguyện' }]);
    const third = generate(emu);
    expect(third.report.commended).toHaveLength(1);
  });

  it('a unit user cannot tick it: the Báo cáo sheet is for coordinators only', () => {
    expect(() => asUser(emu, 'phuong1@q3.gov.vn', (ss) => tab(ss, first.sheetName).getRange(1, 1).setValue('x'))).toThrow();
  });

  it('a unit user cannot generate the report', () => {
    emu.user = 'phuong1@q3.gov.vn';
    try {
      expect(() => generate(emu)).toThrow(/không phải người tổng hợp/);
    } finally {
      emu.user = OWNER;
    }
  });
});
