import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { buildTemplateLayout, UNIT_NAME_CELL, UNIT_NAME_PLACEHOLDER } from '../../src/core/template';
import { readUnitTab } from '../../src/core/unit-tab/read';
import type { SheetValue } from '../../src/core/unit-tab/entry';

const c = parseCampaign(QUAN3_2021);
const t = buildTemplateLayout(c);
const col = (row: number) => t.values[row - 1];
const grid = (): SheetValue[][] => t.values.map((r) => [...r]);

describe('the Mẫu đăng ký layout reproduces the plan’s BẢNG ĐĂNG KÝ', () => {
  it('has the two header blocks, the title and the campaign’s full name', () => {
    expect(col(1)[0]).toBe('ĐẢNG BỘ QUẬN 3');
    expect(col(1)[3]).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(col(UNIT_NAME_CELL.row)[UNIT_NAME_CELL.column - 1]).toBe(UNIT_NAME_PLACEHOLDER);
    expect(String(col(2)[3])).toMatch(/^Quận 3, ngày +tháng +năm 2021$/);
    const flat = t.values.map((r) => r[0]);
    expect(flat).toContain('BẢNG ĐĂNG KÝ');
    for (const line of c.titleLines) expect(flat).toContain(line);
  });

  it('has the six column headers, frozen down to them', () => {
    expect(col(t.headerRow)).toEqual(c.columns.map((x) => x.header));
    expect(t.frozenRows).toBe(t.headerRow);
    expect(t.columnWidths).toEqual([50, 240, 260, 140, 260, 150]);
  });

  it('has five content sections, each followed by numbered rows 1., 2., …', () => {
    expect(t.sections).toHaveLength(5);
    expect(col(t.sections[0].headingRow)[0]).toBe('1. Nội dung “Không để người nghèo, người yếu thế tụt hậu, bị bỏ quên”');
    const s = t.sections[4];
    expect(col(s.headingRow)[0]).toMatch(/^5\. Nội dung “Không tụ tập gây rối/);
    expect(t.values.slice(s.firstRow - 1, s.lastRow).map((r) => r[0])).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('ends with the Ghi chú footnote and the signature block, and is trimmed to the form', () => {
    const flat = t.values.flat();
    expect(flat).toContain('* Ghi chú: ghi rõ mô hình được tiếp tục thực hiện; được nhân rộng hoặc mô hình mới.');
    expect(flat).toContain('XÁC NHẬN CỦA CẤP ỦY/ THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ');
    expect(t.gridColumns).toBe(6);
    expect(t.gridRows).toBeLessThan(100);
    expect(t.gridRows).toBeGreaterThan(t.numRows);
  });

  it('offers the three Ghi chú kinds as a dropdown over every section; Thời gian has no sheet rule that would flag “Quý 3/2021” as invalid', () => {
    const lists = t.validations.filter((v) => v.rule.kind === 'list');
    expect(lists).toHaveLength(5);
    expect(c.catalogue).toEqual([]);
    expect(lists[0].rule).toEqual({ kind: 'list', values: ['tiếp tục thực hiện', 'nhân rộng', 'mô hình mới'] });
    expect(lists.every((v) => v.range.column === 6)).toBe(true);
    expect(t.validations.filter((v) => v.range.column === 4)).toEqual([]);
  });
});

describe('the catalogue on Tên mô hình', () => {
  const withCatalogue = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
  const layout = buildTemplateLayout(withCatalogue);
  const names = layout.validations.filter((v) => v.range.column === 2);

  it('offers each section the catalogue names of its own content, as a warning only, so a unit’s own model is typed freely', () => {
    expect(names).toHaveLength(new Set(QUAN3_2021_CATALOGUE.map((m) => m.content)).size);
    for (const v of names) {
      const section = layout.sections.find((x) => x.firstRow === v.range.row)!;
      expect(v.range.numRows).toBe(section.lastRow - section.firstRow + 1);
      expect(v.rule).toEqual({ kind: 'list', values: QUAN3_2021_CATALOGUE.filter((m) => m.content === section.content).map((m) => m.name) });
      expect(v.allowInvalid).toBe(true);
    }
    const first = names.find((v) => v.range.row === layout.sections[0].firstRow)!;
    expect(first.rule).toMatchObject({ values: expect.arrayContaining(['90 việc tốt giúp dân']) });
    expect(first.rule).not.toMatchObject({ values: expect.arrayContaining(['Phủ xanh tuyến hẻm']) });
  });
});

describe('reading a unit tab finds sections by their headings', () => {
  it('reads nothing from a fresh tab (numbered rows alone are not entries)', () => {
    const r = readUnitTab(grid(), c);
    expect(r).toMatchObject({ unitName: UNIT_NAME_PLACEHOLDER, entries: [], problems: [], outside: [] });
    // The five content sections are still found (the dropdown is re-applied to them), with no entry in any.
    expect(r.sections.map((s) => s.content)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads filled rows under the right content, with their sheet row', () => {
    const g = grid();
    g[1][0] = 'Phường 9';
    const s3 = t.sections[2];
    g[s3.firstRow - 1] = ['1.', 'Hẻm xanh', 'Trồng cây', new Date(Date.UTC(2021, 5, 1)), '100 cây', 'mô hình mới'];
    const r = readUnitTab(g, c);
    expect(r.unitName).toBe('Phường 9');
    expect(r.entries).toEqual([{ content: 3, row: s3.firstRow,
      cells: { stt: '1.', name: 'Hẻm xanh', form: 'Trồng cây', time: new Date(Date.UTC(2021, 5, 1)), expected: '100 cây', kind: 'mô hình mới' } }]);
  });

  it('still reads every row after a unit inserted rows inside and between sections', () => {
    const g = grid();
    const s1 = t.sections[0];
    const extra = Array.from({ length: 12 }, (_, i) => [`${6 + i}.`, `Mô hình ${i}`, 'x', 'Quý 3', 'y', 'nhân rộng'] as SheetValue[]);
    g.splice(s1.lastRow, 0, ...extra); // 12 rows added at the end of section 1
    const s2Heading = s1.lastRow + 12 + 1;
    g.splice(s2Heading, 0, ['', 'Vệ sinh kênh', 'z', '', '', 'tiếp tục']); // right under section 2's heading
    const r = readUnitTab(g, c);
    expect(r.entries.filter((e) => e.content === 1)).toHaveLength(12);
    expect(r.entries.find((e) => e.cells.name === 'Vệ sinh kênh')).toMatchObject({ content: 2, row: s2Heading + 1 });
    expect(r.problems).toEqual([]);
  });

  it('stops at the footnote, and reports a deleted section heading', () => {
    const g = grid();
    const s4 = t.sections[3];
    g.splice(s4.headingRow - 1, 1);
    const foot = g.findIndex((row) => String(row[0]).startsWith('* Ghi chú'));
    g.splice(foot + 1, 0, ['', 'not an entry', '', '', '', '']);
    const r = readUnitTab(g, c);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual(['Không tìm thấy dòng tiêu đề của nội dung 4 (“Không vi phạm Luật giao thông đường bộ”).']);
  });
});
