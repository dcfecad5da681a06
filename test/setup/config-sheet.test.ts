import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { buildConfigLayout, configCellProblems, readConfigGrid, localDateToDate, dateToLocalDate } from '../../src/core/config-sheet';

const c = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const gridOf = (layout: { values: unknown[][] }) => layout.values.map((r) => [...r]);
const rowOf = (g: unknown[][], first: unknown) => g.findIndex((r) => r[0] === first);

describe('the Cấu hình sheet', () => {
  it('round-trips the default campaign: write, read back, same campaign', () => {
    const r = readConfigGrid(gridOf(buildConfigLayout(c)));
    expect(r.problems).toEqual([]);
    expect(r.campaign).toEqual(c);
  });

  it('round-trips a campaign with coordinators, e-mails and reminders on', () => {
    const input = clone(QUAN3_2021);
    input.coordinators = ['bandanvan@q3.gov.vn'];
    input.units[0].emails = ['p1@q3.gov.vn', 'p1b@q3.gov.vn'];
    input.reminders = { enabled: false, daysBefore: [5, 1], daysAfter: [2], hour: 8 };
    const campaign = parseCampaign(input);
    expect(readConfigGrid(gridOf(buildConfigLayout(campaign))).campaign).toEqual(campaign);
  });

  it('keeps each unit’s formal name (wards default to “Đảng ủy Phường …”); a Cấu hình written before the column existed reads without loss', () => {
    const g = gridOf(buildConfigLayout(c));
    const ward = rowOf(g, 'Phường 9');
    expect(g[ward][3]).toBe('Đảng ủy Phường 9');
    expect(readConfigGrid(g).campaign!.units.find((u) => u.name === 'Phường 9')!.formalName).toBe('Đảng ủy Phường 9');
    const [from, to] = [rowOf(g, 'Đơn vị'), rowOf(g, 'Chiến dịch')];
    const old = g.map((r, i) => r.map((v, j) => (j === 3 && from < i && i < to ? '' : v)));
    const read = readConfigGrid(old);
    expect(read.problems).toEqual([]);
    expect(read.campaign!.units.map((u) => [u.name, u.type, u.emails])).toEqual(c.units.map((u) => [u.name, u.type, u.emails]));
    expect(read.campaign!.units.every((u) => u.formalName === undefined)).toBe(true);
  });

  it('puts the unit list first, above the technical tables; a Cấu hình of the old layout (units last) reads the same campaign', () => {
    const l = buildConfigLayout(c);
    expect(Math.min(...Object.values(l.headings))).toBe(l.headings.units);
    const g = gridOf(l);
    const [from, to] = [rowOf(g, 'Đơn vị'), rowOf(g, 'Chiến dịch')];
    const old = [...g.slice(0, from), ...g.slice(to), [], ...g.slice(from, to)];
    expect(readConfigGrid(old)).toEqual(readConfigGrid(g));
    expect(readConfigGrid(old).campaign).toEqual(c);
  });

  it('puts the technical tables under a marked “Nâng cao” heading, folded in one row group to the sheet’s end', () => {
    const l = buildConfigLayout(c);
    const heading = String(l.values[l.advanced - 1][0]);
    expect(heading).toMatch(/^NÂNG CAO – dành cho thiết lập nâng cao\n.*thường không cần sửa/);
    expect(l.merges).toContainEqual({ row: l.advanced, column: 1, numRows: 1, numColumns: 6 });
    const technical = ['advanced', 'contents', 'columns', 'noteKinds', 'unitTypes', 'quotas'] as const;
    const yearly = ['units', 'campaign', 'rounds', 'coordinators', 'reminders', 'catalogue'] as const;
    for (const id of technical) expect([id, l.headings[id] > l.advanced]).toEqual([id, true]);
    for (const id of yearly) expect([id, l.headings[id] < l.advanced]).toEqual([id, true]);
    expect(l.rowGroups).toEqual([{ row: l.advanced + 1, numRows: l.gridRows - l.advanced, collapsed: true }]);
    // The time zone, the campaign's code and the tabs per file are technical; the titles a coordinator edits are not.
    const g = gridOf(l);
    const at = (label: string) => g.findIndex((r) => r[0] === label) + 1;
    expect(at('Múi giờ')).toBeGreaterThan(l.advanced);
    expect(at('Mã chiến dịch')).toBeGreaterThan(l.advanced);
    expect(at('Tiêu đề bảng đăng ký')).toBeLessThan(l.advanced);
    // No validation reaches from a table above into the part below.
    for (const v of l.validations) if (v.range.row < l.advanced) expect(v.range.row + v.range.numRows).toBeLessThanOrEqual(l.advanced);
  });

  it('reads a Cấu hình of the layout before “Nâng cao” (every table in one run, the time zone in Chiến dịch) as the same campaign', () => {
    const custom = parseCampaign({ ...QUAN3_2021, timeZone: 'Asia/Bangkok', tabsPerFile: 40, catalogue: QUAN3_2021_CATALOGUE });
    const g = gridOf(buildConfigLayout(custom));
    const heading = g.findIndex((r) => String(r[0]).startsWith('NÂNG CAO'));
    const advanced = rowOf(g, 'Thiết lập kỹ thuật');
    const next = rowOf(g, 'Nội dung');
    const fields = g.slice(advanced + 2, next).filter((r) => r[0] !== '');
    // The old sheet: no heading, no Thiết lập kỹ thuật table, its rows inside Chiến dịch.
    const campaignEnd = rowOf(g, 'Đợt') - 1;
    const old = [...g.slice(0, campaignEnd), ...fields, ...g.slice(campaignEnd, heading), ...g.slice(next)];
    expect(old.some((r) => String(r[0]).startsWith('NÂNG CAO') || r[0] === 'Thiết lập kỹ thuật')).toBe(false);
    const read = readConfigGrid(old);
    expect(read.problems).toEqual([]);
    expect(read.campaign).toEqual(custom);
  });

  it('writes no “Bật nhắc hạn” cell (the sidebar switch is what turns reminders on); an older sheet that has one still reads, its cell marked as doing nothing', () => {
    const g = gridOf(buildConfigLayout(c));
    expect(g.some((r) => String(r[0]).startsWith('Bật nhắc hạn'))).toBe(false);
    const at = rowOf(g, 'Nhắc hạn') + 2;
    const old = [...g.slice(0, at), ['Bật nhắc hạn (Có/Không)', 'Không', '', '', '', ''], ...g.slice(at)];
    const read = readConfigGrid(old);
    expect(read.problems).toEqual([]);
    expect(read.campaign!.reminders).toEqual(c.reminders);
    // …and its cell is said to do nothing, where it is (a note written by setup).
    expect(read.notices).toEqual([`Cấu hình!B${at + 1}: ô này không còn tác dụng; bật hoặc tắt nhắc hạn bằng công tắc “Nhắc hạn” trong thanh bên. Có thể xóa dòng này.`]);
    expect(configCellProblems(read)).toEqual([{ row: at + 1, column: 2, message: expect.stringContaining('không còn tác dụng') }]);
  });

  it('writes deadlines as real dates at local midnight, formatted dd/MM/yyyy', () => {
    const l = buildConfigLayout(c);
    const round = l.values.find((row) => row[1] === 'Đợt 1')!;
    expect(round[4]).toEqual(new Date('2021-05-17T17:00:00Z'));
    expect(l.numberFormats.some((f) => f.format === 'dd/MM/yyyy')).toBe(true);
    expect(dateToLocalDate(localDateToDate('2021-05-18', 'Asia/Ho_Chi_Minh'), 'Asia/Ho_Chi_Minh')).toBe('2021-05-18');
  });

  it('offers unit types by their Vietnamese names and flags a unit without e-mail by a rule that clears once one is typed', () => {
    const l = buildConfigLayout(c);
    const v = l.validations.find((x) => x.rule.kind === 'list' && x.range.row === l.headings.units + 2)!;
    expect(v.rule).toEqual({ kind: 'list', values: c.unitTypes.map((t) => t.name) });
    expect(v.helpText).not.toMatch(/phong-ban|mttq/);
    // Blank rows for new units keep the dropdown, and it stops before the next table's heading.
    expect(v.range.numRows).toBeGreaterThanOrEqual(c.units.length + 10);
    expect(v.range.row + v.range.numRows).toBeLessThanOrEqual(l.headings.campaign);
    const first = l.headings.units + 2;
    expect(l.values[first - 1][1]).toBe(c.unitTypes.find((t) => t.id === c.units[0].type)!.name);
    expect(l.backgrounds[first - 1][2]).toBeNull();
    expect(l.highlights).toEqual([{ range: { row: first, column: 3, numRows: v.range.numRows, numColumns: 1 }, formula: `=AND($A${first}<>"",$C${first}="")`, background: '#f4cccc' }]);
  });

  it('checks e-mail cells: a unit’s list by a formula (a warning) that agrees with the reader, a coordinator’s by Google’s e-mail rule', () => {
    const withCoordinators = parseCampaign({ ...QUAN3_2021, coordinators: ['bandanvan@q3.gov.vn', 'tonghop@q3.gov.vn'] });
    const l = buildConfigLayout(withCoordinators);
    const first = l.headings.units + 2;
    const units = l.validations.find((x) => x.range.row === first && x.range.column === 3)!;
    expect(units).toMatchObject({ rule: { kind: 'formula' }, allowInvalid: true });
    expect(units.helpText).toMatch(/phân cách bằng dấu phẩy, ví dụ: \S+@/);
    expect(units.range.numRows).toBe(l.validations.find((x) => x.range.row === first && x.range.column === 2)!.range.numRows);
    // The formula's pattern (RE2, whose syntax here is JavaScript's), relative to the first unit's cell.
    const formula = (units.rule as { formula: string }).formula;
    expect(formula.startsWith(`=REGEXMATCH(TO_TEXT(C${first}),"`)).toBe(true);
    const pattern = new RegExp(formula.slice(formula.indexOf('"') + 1, formula.lastIndexOf('"')).replace(/\\n/g, '\n'));
    const ok = ['p1@q3.gov.vn', 'p1@q3.gov.vn, p1b@q3.gov.vn', ' p1@q3.gov.vn;p1b@q3.gov.vn ', 'p1@q3.gov.vn\np1b@q3.gov.vn', 'p1@q3.gov.vn,'];
    const bad = ['p1.q3.gov.vn', 'p1@q3', 'p1@q3.gov.vn p1b@q3.gov.vn', 'Phường 1', '@q3.gov.vn'];
    for (const s of ok) expect([s, pattern.test(s)]).toEqual([s, true]);
    for (const s of bad) expect([s, pattern.test(s)]).toEqual([s, false]);
    // What the formula refuses, the reader reports for that unit.
    for (const s of bad) {
      const g = gridOf(l);
      g[first - 1][2] = s;
      expect(readConfigGrid(g).unitIssues.length).toBeGreaterThan(0);
    }
    const coordinators = l.validations.find((x) => x.rule.kind === 'email')!;
    expect(coordinators.range).toEqual({ row: l.headings.coordinators + 2, column: 1, numRows: 2, numColumns: 1 });
    expect(coordinators.allowInvalid).toBe(false);
  });

  it('reads a unit type written as its code (a Cấu hình written before types were shown by name)', () => {
    const g = gridOf(buildConfigLayout(c));
    const first = rowOf(g, c.units[0].name);
    g[first][1] = c.units[0].type;
    expect(readConfigGrid(g).campaign!.units[0].type).toBe(c.units[0].type);
  });

  it('reads rows a person added inside tables, dates typed as dd/MM/yyyy text, and type names', () => {
    const g = gridOf(buildConfigLayout(c));
    const at = rowOf(g, 'Phường 1');
    g.splice(at + 1, 0, ['Chi bộ Khu phố 1', 'Chi bộ cơ sở', 'kp1@q3.gov.vn; kp1b@q3.gov.vn', '', '', '']);
    const round = g.findIndex((r) => r[1] === 'Đợt 2');
    g[round][4] = '12/06/2021';
    const r = readConfigGrid(g);
    expect(r.problems).toEqual([]);
    expect(r.campaign!.units[1]).toEqual({ name: 'Chi bộ Khu phố 1', type: 'chi-bo-co-so', emails: ['kp1@q3.gov.vn', 'kp1b@q3.gov.vn'] });
    expect(r.campaign!.rounds[1].registrationDeadline).toBe('2021-06-12');
  });

  it('names the cell of every problem', () => {
    const g = gridOf(buildConfigLayout(c));
    const unit = rowOf(g, 'Phường 3');
    g[unit][1] = 'xa';
    const round = g.findIndex((r) => r[1] === 'Đợt 1');
    g[round][3] = '31/02/2021';
    const r = readConfigGrid(g);
    expect(r.campaign).toBeUndefined();
    expect(r.problems).toEqual(expect.arrayContaining([
      `Cấu hình!B${unit + 1}: loại đơn vị "xa" không có trong danh sách loại đơn vị`,
      `Cấu hình!D${round + 1}: không phải là ngày có thật`,
    ]));
  });

  it('drops a bad unit e-mail with a problem for that unit, keeping the rest', () => {
    const g = gridOf(buildConfigLayout(c));
    const unit = rowOf(g, 'Phường 4');
    g[unit][2] = 'p4@q3.gov.vn, phuong4@';
    const r = readConfigGrid(g);
    expect(r.campaign!.units.find((u) => u.name === 'Phường 4')!.emails).toEqual(['p4@q3.gov.vn']);
    expect(r.unitIssues).toEqual([{ unit: 'Phường 4', message: `Cấu hình!C${unit + 1}: “phuong4@” không phải địa chỉ e-mail hợp lệ (đã bỏ qua).` }]);
  });

  it('says which table is missing when a heading was deleted', () => {
    const g = gridOf(buildConfigLayout(c));
    g[rowOf(g, 'Người tổng hợp')][0] = '';
    expect(readConfigGrid(g).problems).toEqual(['Cấu hình: không tìm thấy bảng “Người tổng hợp”.']);
  });

  it('writes the plan’s Danh mục mô hình and reads a model a coordinator added, with its aliases', () => {
    const g = gridOf(buildConfigLayout(c));
    const heading = rowOf(g, 'Danh mục mô hình');
    expect(g[heading + 1].slice(0, 3)).toEqual(['Tên mô hình', 'Nội dung (mã)', 'Đơn vị thực hiện (mô hình gốc)']);
    expect(g.find((r) => r[0] === 'Ngày không hẹn')!.slice(0, 4)).toEqual(['Ngày không hẹn', 2, 'Phường 14', 'Không']);
    g.splice(heading + 2, 0, ['Bếp ăn 0 đồng', '1', 'Phường 2', 'Có', 'bếp cơm 0 đồng; bữa cơm 0 đồng', '']);
    const read = readConfigGrid(g).campaign!;
    expect(read.catalogue).toHaveLength(c.catalogue.length + 1);
    expect(read.catalogue[0]).toEqual({ name: 'Bếp ăn 0 đồng', content: 1, origin: 'Phường 2', continued: true,
      aliases: ['bếp cơm 0 đồng', 'bữa cơm 0 đồng'], description: '' });
  });

  it('reads a Cấu hình written before the catalogue existed as an empty catalogue', () => {
    const g = gridOf(buildConfigLayout(c));
    const heading = rowOf(g, 'Danh mục mô hình');
    g.splice(heading, g.findIndex((r) => String(r[0]).startsWith('NÂNG CAO')) - heading);
    const r = readConfigGrid(g);
    expect(r.problems).toEqual([]);
    expect(r.campaign!.catalogue).toEqual([]);
  });

  it('names the cell of a catalogue model under a content that does not exist', () => {
    const g = gridOf(buildConfigLayout(c));
    const at = rowOf(g, 'Ngày không hẹn');
    g[at][1] = 7;
    expect(readConfigGrid(g).problems).toEqual([`Cấu hình!B${at + 1}: nội dung 7 không tồn tại`]);
  });
});
