/** Next year's campaign from this one (core): dates moved, year in names replaced, catalogue carried with the ticked candidates. */
import { nextYearCampaign, parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE, shiftYear } from '../../src/core/campaign';

const c = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });

describe('nextYearCampaign', () => {
  it('moves a date to the same day and month, 29/02 to 28/02 outside leap years', () => {
    expect(shiftYear('2021-05-18', 1)).toBe('2022-05-18');
    expect(shiftYear('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYear('2023-02-28', 1)).toBe('2024-02-28');
  });

  it('is a valid campaign for the new year whose catalogue is this year’s, continued, plus the candidates (no twice)', () => {
    const plan = nextYearCampaign(c, 2022, [
      { unit: 'Phường 2', content: 1, name: 'Tủ bánh mì 0 đồng' },
      { unit: 'Phường 5', content: 2, name: 'ngày không hẹn' },
    ]);
    const next = parseCampaign(plan.campaign);
    expect(next).toMatchObject({ id: 'quan3-2022', year: 2022 });
    expect(next.titleLines[2]).toBe('chủ đề “Tham mưu tốt - tuyên truyền giỏi - dân vận khéo” - Năm 2022');
    expect(next.rounds[1]).toEqual({ id: 2, name: 'Đợt 2', start: '2022-07-03', end: '2022-10-15', registrationDeadline: '2022-06-10', reportDeadline: '2022-10-05' });
    expect(next.units).toEqual(c.units);
    expect(next.catalogue).toHaveLength(c.catalogue.length + 1);
    expect(next.catalogue.slice(0, -1).every((m) => m.continued)).toBe(true);
    expect(next.catalogue[next.catalogue.length - 1]).toEqual({ name: 'Tủ bánh mì 0 đồng', content: 1, origin: 'Phường 2', continued: false, description: '', aliases: [] });
    expect(plan.review[2]).toBe('Danh mục mô hình thêm 1 mô hình mới: “Tủ bánh mì 0 đồng” (Phường 2).');
  });
});
