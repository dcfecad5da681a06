/**
 * Quotas from the plan (section II): a ward registers 10 "Việc có ý nghĩa giúp dân" works
 * (content 1), 1 administrative-reform model (content 2), 1 green area (content 3); a mass
 * organisation 2 works. Deadlines: Đợt 1 18/05/2021, Đợt 2 10/06/2021 (before Đợt 2 starts).
 */
import { quotaStatus, validateEntries, currentRegistrationDeadline } from '../../src/core/validation';
import { campaign, entry, blank, ward, department, massOrganisation, unitOfType } from './fixtures';

const works = (n: number, content = 1, from = 12) =>
  Array.from({ length: n }, (_, i) => entry(content, { name: `Công trình giúp dân số ${i + 1}` }, from + i));

describe('currentRegistrationDeadline', () => {
  it.each([
    ['2021-05-01', '2021-05-18'],
    ['2021-05-18', '2021-05-18'],
    ['2021-05-19', '2021-06-10'],
    ['2021-06-10', '2021-06-10'],
    ['2021-06-11', '2021-06-10'],
    ['2021-12-31', '2021-06-10'],
  ])('on %s the deadline is %s', (today, deadline) => {
    expect(currentRegistrationDeadline(campaign, today)).toBe(deadline);
  });
});

describe('quotaStatus', () => {
  it('counts a ward’s rows per content against its three quotas', () => {
    const rows = [...works(7, 1), entry(2, { name: 'Một cửa liên thông' }, 30), blank(3, 40, '1.')];
    expect(quotaStatus(campaign, ward, rows).map((s) => [s.quota.id, s.have, s.missing])).toEqual([
      ['viec-giup-dan', 7, 3],
      ['cai-cach-hanh-chinh', 1, 0],
      ['mang-xanh', 0, 1],
    ]);
  });

  it('never reports a negative shortfall', () => {
    expect(quotaStatus(campaign, massOrganisation, works(5))).toEqual([expect.objectContaining({ have: 5, missing: 0 })]);
  });

  it('does not count rows with errors, repeats, or no model name', () => {
    const rows = [
      ...works(1),
      entry(1, { name: 'Công trình giúp dân số 1' }, 20), // repeat
      entry(1, { kind: '' }, 21), // missing Ghi chú
      entry(1, { name: '' }, 22),
    ];
    expect(quotaStatus(campaign, massOrganisation, rows)[0]).toMatchObject({ have: 1, missing: 1 });
  });

  it('counts rows whose only problems are warnings (long text, bullet text)', () => {
    const rows = [entry(1, { name: 'x'.repeat(400) }, 12), entry(1, { name: 'Khác', form: '- Thăm hỏi hộ nghèo' }, 13)];
    expect(quotaStatus(campaign, massOrganisation, rows)[0]).toMatchObject({ have: 2, missing: 0 });
  });

  it('a unit type without quotas has none', () => {
    const c = { ...campaign, unitTypes: [...campaign.unitTypes, { id: 'khac', name: 'Khác', quotas: [] }] };
    expect(quotaStatus(c, { name: 'Đơn vị X', type: 'khac', emails: [] }, works(1))).toEqual([]);
  });

  it('a quota with no content counts rows under every content', () => {
    const c = { ...campaign, unitTypes: [{ id: 'chi-bo', name: 'Chi bộ', quotas: [{ id: 'tong', label: 'Mô hình', content: null, min: 3 }] }] };
    const rows = [entry(1, { name: 'A' }, 12), entry(4, { name: 'B' }, 50)];
    expect(quotaStatus(c, { name: 'Chi bộ 1', type: 'chi-bo', emails: [] }, rows)[0]).toMatchObject({ have: 2, missing: 1 });
  });
});

describe('quota shortfalls in validateEntries', () => {
  it('before the deadline: a warning with the count, the content and the deadline', () => {
    const r = validateEntries(campaign, ward, [...works(7), entry(2, { name: 'CCHC' }, 30), entry(3, { name: 'Hẻm xanh' }, 40)], '2021-05-12');
    expect(r.quotas).toHaveLength(1);
    expect(r.quotas[0]).toMatchObject({ severity: 'warning', have: 7, missing: 3, deadline: '2021-05-18' });
    expect(r.quotas[0].message).toBe('Còn thiếu 3/10 công trình “Việc có ý nghĩa giúp dân” (nội dung 1); hạn đăng ký 18/05/2021. Hãy đăng ký thêm ở nội dung 1.');
    expect(r).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('on the deadline day it is still a warning', () => {
    expect(validateEntries(campaign, massOrganisation, works(1), '2021-05-18').quotas[0].severity).toBe('warning');
  });

  it('between the two deadlines it is measured against Đợt 2’s 10/06/2021', () => {
    const q = validateEntries(campaign, massOrganisation, works(1), '2021-05-19').quotas[0];
    expect(q).toMatchObject({ severity: 'warning', deadline: '2021-06-10' });
    expect(q.message).toContain('hạn đăng ký 10/06/2021');
  });

  it('after the last deadline it is an error that says the deadline has passed', () => {
    const r = validateEntries(campaign, massOrganisation, [], '2021-06-11');
    expect(r.quotas[0]).toMatchObject({ severity: 'error', missing: 2 });
    expect(r.quotas[0].message).toBe('Còn thiếu 2/2 công trình “Việc có ý nghĩa giúp dân” (nội dung 1); đã quá hạn đăng ký 10/06/2021. Hãy đăng ký thêm ở nội dung 1.');
    expect(r.errors).toBe(1);
  });

  it('says how many named rows are not counted because of their errors', () => {
    const r = validateEntries(campaign, massOrganisation, [...works(1), entry(1, { name: 'Khám bệnh miễn phí', time: 'tháng 3/2021' }, 20)], '2021-05-12');
    expect(r.quotas[0].message).toBe('Còn thiếu 1/2 công trình “Việc có ý nghĩa giúp dân” (nội dung 1); hạn đăng ký 18/05/2021; 1 dòng có tên mô hình nhưng còn lỗi hoặc bị trùng nên chưa được tính. Hãy đăng ký thêm ở nội dung 1 hoặc sửa các dòng đó.');
  });

  it('lists nothing when every quota is met', () => {
    const rows = [entry(1, { name: 'A' }, 12), entry(2, { name: 'B' }, 20), entry(3, { name: 'C' }, 30)];
    expect(validateEntries(campaign, department, rows, '2021-07-01').quotas).toEqual([]);
  });

  it('an empty tab of a chi bộ cơ sở misses its one work', () => {
    const chiBo = { name: 'Chi bộ Khu phố 1', type: unitOfType('chi-bo-co-so')?.type ?? 'chi-bo-co-so', emails: [] };
    expect(validateEntries(campaign, chiBo, [blank(1, 12, '1.')], '2021-05-10').quotas.map((q) => q.message)).toEqual([
      'Còn thiếu 1/1 công trình “Việc có ý nghĩa giúp dân” (nội dung 1); hạn đăng ký 18/05/2021. Hãy đăng ký thêm ở nội dung 1.',
    ]);
  });
});
