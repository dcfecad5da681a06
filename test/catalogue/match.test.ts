/** Linking what units type for a "nhân rộng" row to the plan's catalogue (Danh mục mô hình). */
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { matchCatalogue } from '../../src/core/catalogue/match';
import { normalizeNoteKind } from '../../src/core/validation';

const c = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
const named = (i: number | null) => (i === null ? null : c.catalogue[i].name);
const link = (name: string, note: string, content: number) => {
  const detail = normalizeNoteKind(note, c)?.detail ?? '';
  return matchCatalogue(c, content, name, detail);
};

// [Tên mô hình, Ghi chú, content, the catalogue model linked (null: no match), the source unit read (undefined: not checked)]
const cases: Array<[string, string, number, string | null, (string | null)?]> = [
  ['Mô hình “Ngày không hẹn”', 'nhân rộng', 2, 'Ngày không hẹn'],
  ['Ngày không hẹn', 'Nhân rộng từ Phường 14', 2, 'Ngày không hẹn', 'Phường 14'],
  ['nhân rộng mô hình Ngày không hẹn của P.14', 'nhân rộng', 2, 'Ngày không hẹn', 'Phường 14'],
  ['Ngay khong hen', 'nhan rong tu P14', 2, 'Ngày không hẹn', 'Phường 14'],
  ['NGÀY KHÔNG HẸN', 'NHÂN RỘNG', 2, 'Ngày không hẹn'],
  ['"Ngày không hẹn" tại bộ phận một cửa', 'nhân rộng', 2, 'Ngày không hẹn'],
  ['Thực hiện mô hình ngày không hẹn trong giải quyết hồ sơ nhà đất', 'Nhân rộng (P. 14)', 2, 'Ngày không hẹn'],
  ['Ngày không hẹn', 'nhân rộng từ Phường 9', 2, 'Ngày không hẹn', 'Phường 9'],
  ['Mô hình “Phủ xanh tuyến hẻm”', 'nhân rộng từ Phường 9', 3, 'Phủ xanh tuyến hẻm', 'Phường 9'],
  ['Phủ xanh các tuyến hẻm trên địa bàn khu phố 2', 'nhân rộng', 3, 'Phủ xanh tuyến hẻm'],
  ['phu xanh tuyen hem', 'nhân rộng', 3, 'Phủ xanh tuyến hẻm'],
  ['90 việc tốt giúp dân', 'Nhân rộng mô hình của Phường 9', 1, '90 việc tốt giúp dân', 'Phường 9'],
  ['Đăng ký “90 việc tốt giúp dân” năm 2021', 'nhân rộng', 1, '90 việc tốt giúp dân'],
  ['90 viec tot giup dan', 'nhan rong cua p9', 1, '90 việc tốt giúp dân', 'Phường 9'],
  ['Blouse trắng nghĩa tình', 'nhân rộng từ UBMTTQ', 1, 'Blouse trắng nghĩa tình', 'Ủy ban MTTQ Việt Nam Quận 3'],
  ['Khám bệnh “Blouse trắng nghĩa tình” cho người cao tuổi', 'nhân rộng của Mặt trận Tổ quốc quận', 1, 'Blouse trắng nghĩa tình', 'Ủy ban MTTQ Việt Nam Quận 3'],
  ['Chuyến xe xanh', 'nhân rộng từ Quận Đoàn', 3, 'Chuyến xe xanh', 'Quận Đoàn 3'],
  ['Góc bếp yêu thương', 'nhân rộng từ Hội LHPN quận', 1, 'Góc bếp yêu thương', 'Hội Liên hiệp phụ nữ Quận 3'],
  ['Góc bếp yêu thương cho hội viên khó khăn', 'nhân rộng theo Hội Phụ nữ', 1, 'Góc bếp yêu thương', 'Hội Liên hiệp phụ nữ Quận 3'],
  ['Mảng xanh thân thiện', 'nhân rộng từ LĐLĐ Quận 3', 3, 'Mảng xanh thân thiện', 'Liên đoàn Lao động Quận 3'],
  ['Trồng cây tạo mảng xanh cho hộ gia đình hội viên', 'nhân rộng', 3, 'Mảng xanh hộ gia đình'],
  ['Cho vay vốn lãi suất 0 đồng', 'nhân rộng của Phường 11', 1, 'Cho vay vốn lãi suất 0 đồng', 'Phường 11'],
  ['In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực và không dùng tiền mặt tại bộ phận một cửa', 'nhân rộng', 2,
    'In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực và không dùng tiền mặt tại bộ phận một cửa'],
  ['In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực', 'nhân rộng từ Phường 4', 2, 'In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực', 'Phường 4'],
  ['Thanh toán không dùng tiền mặt tại bộ phận một cửa', 'nhân rộng', 2,
    'In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực và không dùng tiền mặt tại bộ phận một cửa'],
  ['Hội Tương tế', 'nhân rộng từ P.4', 1, 'Hội Tương tế', 'Phường 4'],
  ['Thu gom rác thải điện tử 2 lần/tháng', 'nhân rộng', 3, 'Thu gom rác thải điện tử'],
  ['Thu gom rác thải cồng kềnh', 'nhân rộng', 3, 'Thu gom rác thải cồng kềnh'],
  ['Tủ sách pháp luật', 'nhân rộng', 2, null],
  ['Quét mã QR', 'nhân rộng', 2, null],
  ['Việc tốt giúp dân', 'nhân rộng', 1, null],
  ['Mảng xanh', 'nhân rộng', 3, null],
  ['Ngày thứ bảy không hẹn', 'nhân rộng', 2, 'Ngày không hẹn'],
  ['Ngày hội không khói thuốc', 'nhân rộng', 2, null],
  ['Bữa cơm 0 đồng', 'nhân rộng từ Phường 9', 1, null, 'Phường 9'],
  ['Tổ công nhân đường phố phòng chống tội phạm', 'Nhân rộng mô hình Công ty Dịch vụ công ích', 5, 'Tổ Công nhân đường phố phòng chống tội phạm'],
  ['Xây dựng khu dân cư “4 không”', 'nhân rộng', 5, 'Địa bàn dân cư “4 không”'],
  ['Zalo Quận 3 trực tuyến', 'nhân rộng', 2, 'Zalo “Quận 3 trực tuyến”'],
  ['Hỗ trợ 4 chi phí khám bệnh', 'nhân rộng', 1, null],
];

describe('matchCatalogue links a "nhân rộng" row to the catalogue as units write it', () => {
  it(`has at least 30 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(30));

  // Every row gets five arguments: with fewer, jest would pass its done callback as the source.
  it.each(cases.map((r) => [r[0], r[1], r[2], r[3], r.length > 4 ? r[4] : 'not checked'] as const))('%p / %p → %p', (name, note, content, expected, source) => {
    const m = link(name, note, content);
    expect(named(m.model)).toBe(expected);
    if (source !== 'not checked') expect(m.source).toBe(source);
  });

  it('suggests the closest catalogue names for an unmatched row, the named unit’s first', () => {
    expect(link('Quét mã QR', 'nhân rộng', 2).suggestions.map(named)).toContain('Quét mã QR nhận tài liệu');
    expect(link('Mảng xanh', 'nhân rộng', 3).suggestions.map(named)).toEqual(expect.arrayContaining(['Mảng xanh thân thiện']));
    const bread = link('Bữa cơm 0 đồng', 'nhân rộng từ Phường 9', 1).suggestions.map((i) => c.catalogue[i].origin);
    expect(bread[0]).toBe('Phường 9');
  });

  it('links nothing when the campaign has no catalogue', () => {
    const bare = parseCampaign({ ...QUAN3_2021, catalogue: [] });
    expect(matchCatalogue(bare, 2, 'Ngày không hẹn', '')).toEqual({ model: null, source: null, suggestions: [] });
  });

  it('reads aliases from the configuration', () => {
    const withAlias = parseCampaign({ ...QUAN3_2021, catalogue: [{ name: 'Ngày không hẹn', content: 2, origin: 'Phường 14', aliases: ['ngày không giấy hẹn'] }] });
    expect(matchCatalogue(withAlias, 2, 'Ngày không giấy hẹn', '').model).toBe(0);
  });
});
