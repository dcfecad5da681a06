/** Validation of "nhân rộng" rows against the catalogue (Danh mục mô hình): link, suggestions, source unit, own model. */
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { validateEntries } from '../../src/core/validation';
import { entry } from '../validation/fixtures';

const c = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
const unit = (name: string) => c.units.find((u) => u.name === name)!;
const check = (unitName: string, content: number, name: string, kind: string) => {
  const r = validateEntries(c, unit(unitName), [entry(content, { name, kind }, 12)], '2021-05-10');
  return { entry: r.entries[0], problems: r.problems.filter((p) => p.code.startsWith('catalogue')) };
};

describe('a "nhân rộng" row is linked to the catalogue', () => {
  it('links the named model and leaves what was typed as it was', () => {
    const r = check('Phường 2', 2, 'Mô hình “Ngày không hẹn”', 'nhân rộng từ Phường 14');
    expect(c.catalogue[r.entry.catalogue!.model!].name).toBe('Ngày không hẹn');
    expect(r.problems).toEqual([]);
    expect(r.entry.name).toBe('Mô hình “Ngày không hẹn”');
    expect(r.entry.rewrites).toEqual({});
  });

  it('warns on an unmatched row at Ghi chú, suggesting the closest catalogue names', () => {
    const r = check('Phòng Tư pháp', 3, 'Công sở văn minh, sạch đẹp, an toàn', 'nhân rộng');
    expect(r.entry.catalogue!.model).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ column: 'kind', severity: 'warning', code: 'catalogue-unmatched' })]);
    expect(r.problems[0].message).toMatch(/^Dòng 12, cột Ghi chú: ghi “nhân rộng” nhưng không tìm thấy mô hình được nhân rộng trong Danh mục mô hình\. Có phải là “/);
    expect(r.problems[0].message).toContain('hãy ghi “mô hình mới”');
    expect(r.entry.counts).toBe(true); // a warning: the row still counts toward the quota
  });

  it('checks a source unit written beside it against the model’s originating unit', () => {
    const r = check('Phường 2', 2, 'Ngày không hẹn', 'nhân rộng từ Phường 9');
    expect(r.problems.map((p) => p.message)).toEqual(['Dòng 12, cột Ghi chú: mô hình “Ngày không hẹn” trong Danh mục mô hình là của Phường 14, không phải của Phường 9; hãy kiểm tra lại.']);
  });

  it('flags a unit registering its own model as "nhân rộng"', () => {
    const r = check('Phường 14', 2, 'Ngày không hẹn', 'nhân rộng');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'catalogue-own', severity: 'warning' })]);
    expect(r.problems[0].message).toContain('hãy ghi “tiếp tục thực hiện” thay cho “nhân rộng”');
  });

  it('checks nothing for other kinds, nor without a catalogue', () => {
    expect(check('Phường 2', 3, 'Tủ sách khu phố', 'mô hình mới').problems).toEqual([]);
    const bare = parseCampaign(QUAN3_2021);
    const r = validateEntries(bare, bare.units[1], [entry(3, { name: 'Tủ sách khu phố', kind: 'nhân rộng' }, 12)], '2021-05-10');
    expect(r.problems).toEqual([]);
  });
});
