import { assignSheetNames, sanitizeSheetName, MAX_SHEET_NAME_LENGTH } from '../../src/core/sheet-names';

describe('tab names for units', () => {
  it('keeps a plain Vietnamese unit name as it is', () => {
    expect(sanitizeSheetName('Phường Võ Thị Sáu')).toBe('Phường Võ Thị Sáu');
  });

  it('replaces characters Sheets or A1 references refuse, and edge apostrophes', () => {
    expect(sanitizeSheetName("Phòng Tài chính/Kế hoạch [KH]*?: \\")).toBe('Phòng Tài chính Kế hoạch KH');
    expect(sanitizeSheetName("'Quận Đoàn 3'")).toBe('Quận Đoàn 3');
  });

  it('cuts names to 100 characters and never yields an empty name', () => {
    const long = 'Đảng bộ '.repeat(30);
    expect(Array.from(sanitizeSheetName(long)).length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(sanitizeSheetName('///')).toBe('Đơn vị');
  });

  it('suffixes a name already used by another tab (case-insensitively) and says so', () => {
    const r = assignSheetNames(['Tổng hợp', 'Phường 1', 'Phòng A/B', 'Phòng A B'], ['tổng hợp', 'Cấu hình']);
    expect(r.map((x) => x.sheetName)).toEqual(['Tổng hợp (2)', 'Phường 1', 'Phòng A B', 'Phòng A B (2)']);
    expect(r[0].clash).toContain('đã có');
    expect(r[1].clash).toBeUndefined();
    expect(r[3].clash).toContain('Phòng A B (2)');
  });

  it('keeps a suffixed 100-character name within the limit', () => {
    const base = 'x'.repeat(100);
    const [, second] = assignSheetNames([base, base + 'y'], []);
    expect(second.sheetName).toHaveLength(100);
    expect(second.sheetName.endsWith(' (2)')).toBe(true);
  });
});
