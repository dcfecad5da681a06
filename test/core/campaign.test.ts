import { parseCampaign, campaignProblems, CampaignConfigError, QUAN3_2021 } from '../../src/core/campaign';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('the default campaign (Quận 3, 2021)', () => {
  const c = parseCampaign(QUAN3_2021);

  it('has the five "5 không" contents in the plan’s order', () => {
    expect(c.contents.map((x) => x.id)).toEqual([1, 2, 3, 4, 5]);
    expect(c.contents[2].title).toBe('Không xả rác bừa bãi ra đường phố và kênh rạch');
  });

  it('has the two rounds with the plan’s deadlines, Đợt 2 registration closing before Đợt 2 starts', () => {
    expect(c.rounds).toEqual([
      { id: 1, name: 'Đợt 1', start: '2021-05-07', end: '2021-07-02', registrationDeadline: '2021-05-18', reportDeadline: '2021-06-25' },
      { id: 2, name: 'Đợt 2', start: '2021-07-03', end: '2021-10-15', registrationDeadline: '2021-06-10', reportDeadline: '2021-10-05' },
    ]);
    expect(c.rounds[1].registrationDeadline < c.rounds[1].start).toBe(true);
  });

  it('lists the 12 wards of 2021, with Phường Võ Thị Sáu and without Phường 6, 7, 8', () => {
    const wards = c.units.filter((u) => u.type === 'phuong').map((u) => u.name);
    expect(wards).toHaveLength(12);
    expect(wards).toContain('Phường Võ Thị Sáu');
    expect(wards).not.toEqual(expect.arrayContaining(['Phường 6']));
  });

  it('asks a ward for 10 works under content 1 and a mass organisation for 2', () => {
    const quota = (type: string) => c.unitTypes.find((t) => t.id === type)!.quotas.find((q) => q.id === 'viec-giup-dan')!;
    expect(quota('phuong')).toMatchObject({ content: 1, min: 10 });
    expect(quota('mttq-doan-the')).toMatchObject({ content: 1, min: 2 });
    expect(quota('chi-bo-co-so')).toMatchObject({ content: 1, min: 1 });
  });

  it('prints the form’s six columns and three Ghi chú kinds', () => {
    expect(c.columns.map((x) => x.header)).toEqual(['STT', 'Tên mô hình', 'Hình thức thực hiện', 'Thời gian thực hiện',
      'Dự kiến kết quả (hiệu quả, số lượng đạt được)', 'Ghi chú']);
    expect(c.noteKinds.map((k) => k.label)).toEqual(['tiếp tục thực hiện', 'nhân rộng', 'mô hình mới']);
  });

  it('fills defaults for what a config may leave out (reminder schedule)', () => {
    const input = clone(QUAN3_2021) as Record<string, unknown>;
    delete input.reminders;
    expect(parseCampaign(input).reminders).toEqual({ enabled: false, daysBefore: [7, 3, 1, 0], daysAfter: [1], hour: 7 });
  });
});

describe('an invalid configuration fails with messages that name the field', () => {
  it.each([
    ['a bad e-mail', (c: any) => { c.units[3].emails = ['phuong4@']; }, 'units[3].emails[0]: không phải địa chỉ e-mail hợp lệ'],
    ['an impossible date', (c: any) => { c.rounds[0].registrationDeadline = '2021-02-30'; }, 'rounds[0].registrationDeadline: không phải là ngày có thật'],
    ['a date in the wrong format', (c: any) => { c.rounds[1].end = '15/10/2021'; }, 'rounds[1].end: phải là ngày dạng YYYY-MM-DD'],
    ['a round ending before it starts', (c: any) => { c.rounds[0].end = '2021-05-01'; }, 'rounds[0].end: ngày bắt đầu phải trước ngày kết thúc'],
    ['an unknown unit type', (c: any) => { c.units[0].type = 'xa'; }, 'units[0].type: loại đơn vị "xa" không có trong danh sách loại đơn vị'],
    ['a unit listed twice', (c: any) => { c.units[1].name = ' phường 1 '; }, 'units[1].name: tên đơn vị “phường 1” trùng với đơn vị thứ 1 (“Phường 1”), không kể khoảng trắng thừa, ký tự ẩn và chữ hoa/thường; hãy xoá hoặc đổi tên một trong hai.'],
    ['… and the first of the two as well', (c: any) => { c.units[1].name = 'Phư\u200bờng 1'; }, 'units[0].name: tên đơn vị “Phường 1” trùng với đơn vị thứ 2 (“Phư\u200bờng 1”), không kể khoảng trắng thừa, ký tự ẩn và chữ hoa/thường; hãy xoá hoặc đổi tên một trong hai.'],
    ['a quota on a missing content', (c: any) => { c.unitTypes[0].quotas[0].content = 9; }, 'unitTypes[0].quotas[0].content: nội dung 9 không tồn tại'],
    ['an empty unit name', (c: any) => { c.units[2].name = '  '; }, 'units[2].name: Tên đơn vị không được để trống'],
    ['a seventh column', (c: any) => { c.columns.push({ key: 'kind', header: 'X', width: 10 }); }, 'columns: bảng đăng ký có đúng 6 cột'],
    // Checks left to the library are said in Vietnamese too, never zod's "Invalid input".
    ['a year typed as text', (c: any) => { c.year = 'hai nghìn'; }, 'year: phải là một số'],
    ['a column code not in the list', (c: any) => { c.columns[0].key = 'so-thu-tu'; }, 'columns[0].key: phải là một trong: stt, name, form, time, expected, kind'],
    ['a width typed as text', (c: any) => { c.columns[1].width = 'rộng'; }, 'columns[1].width: phải là một số'],
  ])('%s', (_what, mutate, expected) => {
    const input = clone(QUAN3_2021);
    mutate(input);
    expect(campaignProblems(input).problems).toContain(expected);
    expect(() => parseCampaign(input)).toThrow(CampaignConfigError);
    expect(campaignProblems(input).problems.join(' ')).not.toMatch(/Invalid|expected (number|string|int|array)|Too (small|big)/);
  });
});
