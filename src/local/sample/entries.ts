/**
 * What the units of the sample workbook register, modelled on the models the 2021 plan names
 * (shared/seed): some units complete, some short of their quota, some with the mistakes people
 * make (impossible dates, a time outside the activity period, Ghi chú left empty or written in
 * words the form does not know), one untouched. Rows by content id, in the form's column order
 * after STT: Tên mô hình, Hình thức thực hiện, Thời gian thực hiện, Dự kiến kết quả, Ghi chú.
 */
export type SampleCell = string | Date;
export type SampleRow = [name: string, form: string, time: SampleCell, expected: string, kind: string];

export interface SampleUnit {
  unit: string;
  /** Who types it: the unit's contact (default), or a coordinator for a unit with no e-mail. */
  typedBy?: 'coordinator';
  rows: Partial<Record<1 | 2 | 3 | 4 | 5, SampleRow[]>>;
}

/** A date cell as Sheets holds it: midnight of that day in Asia/Ho_Chi_Minh. */
export function day(ddmmyyyy: string): Date {
  const [d, m, y] = ddmmyyyy.split('/');
  return new Date(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}T00:00:00+07:00`);
}

const TT = 'tiếp tục thực hiện';
const NR = 'nhân rộng';
const MOI = 'mô hình mới';

/** Ten "việc có ý nghĩa giúp dân" a ward registers, varied by ward so no two tabs are alike. */
function wardWorks(ward: string): SampleRow[] {
  return [
    ['Sửa chữa nhà tình thương cho hộ nghèo', `Vận động mạnh thường quân, phối hợp Ủy ban MTTQ ${ward} sửa chữa nhà cho hộ nghèo khu phố 2`, 'Tháng 5 - 6/2021', '02 căn nhà được sửa chữa, tổng kinh phí 80 triệu đồng', MOI],
    ['Blouse trắng nghĩa tình', 'Phối hợp trạm y tế phường khám bệnh, cấp thuốc miễn phí cho người cao tuổi neo đơn', 'Thường xuyên', '200 lượt người cao tuổi được khám, cấp thuốc', NR],
    ['Cho vay vốn lãi suất 0 đồng', 'Hội Liên hiệp phụ nữ phường cho hộ nghèo, cận nghèo vay vốn không lãi để làm ăn', 'Từ 07/5 đến 02/7/2021', '15 hộ được vay, mỗi hộ 5 triệu đồng', NR],
    ['Trao học bổng cho học sinh nghèo vượt khó', 'Vận động doanh nghiệp trên địa bàn tài trợ học bổng, trao tại lễ tổng kết năm học', day('28/05/2021'), '30 suất học bổng, mỗi suất 1 triệu đồng', TT],
    ['Góc bếp yêu thương', 'Sửa chữa, trang bị góc bếp cho hội viên phụ nữ có hoàn cảnh khó khăn', 'Tháng 6/2021', '05 góc bếp được sửa chữa', NR],
    ['Hỗ trợ phương tiện sinh kế', 'Trao xe bán hàng, máy may cho lao động nghèo', day('15/06/2021'), '04 phương tiện sinh kế được trao', NR],
    ['Tủ bánh mì 0 đồng', 'Đặt tủ bánh mì miễn phí trước trụ sở khu phố cho người lao động nghèo', 'Hàng ngày', 'Mỗi ngày 100 ổ bánh mì', MOI],
    ['Thăm, tặng quà Mẹ Việt Nam anh hùng và thương binh nặng', 'Cán bộ phường đến tận nhà thăm hỏi, tặng quà', day('27/07/2021'), '12 phần quà, mỗi phần 1 triệu đồng', TT],
    ['Hỗ trợ làm giấy tờ tùy thân cho người không nơi nương tựa', 'Công an phường phối hợp khu phố hướng dẫn, làm tại nhà cho người già yếu', 'Quý 3/2021', '20 trường hợp được cấp giấy tờ', MOI],
    ['Bữa cơm nghĩa tình', 'Nấu và trao cơm miễn phí mỗi tuần cho người bán vé số, người neo đơn', 'Từ 03/7 đến 15/10/2021', '4.000 suất cơm', TT],
  ].map((r) => r as SampleRow);
}

const reformOf = (ward: string): SampleRow =>
  ['Ngày không hẹn', `Cán bộ, công chức Ủy ban nhân dân ${ward} giải quyết ngay thủ tục hành chính trong ngày, không để người dân đi lại nhiều lần`, 'Thường xuyên', '100% hồ sơ chứng thực trả trong ngày', NR];

const greenOf = (ward: string): SampleRow =>
  ['Phủ xanh tuyến hẻm', `Vận động hộ dân ${ward} trồng cây xanh bằng vật liệu tái chế, treo dọc bờ tường hẻm`, 'Tháng 5 - 10/2021', '01 tuyến hẻm được phủ xanh, 300 chậu cây', NR];

/** Phường 9's "90 việc tốt giúp dân" (the plan's catalogue) as another ward replicates it. */
const ninetyOf = (ward: string, kind: string): SampleRow =>
  ['Mô hình “90 việc tốt giúp dân”', `Cán bộ, đoàn viên, hội viên ${ward} đăng ký các phần việc hỗ trợ người dân làm thủ tục, chăm lo hộ cận nghèo, người neo đơn`, 'Thường xuyên', '90 việc tốt trong năm', kind];

export const SAMPLE_UNITS: SampleUnit[] = [
  // Complete wards: 10 works under content 1, 1 under content 2, 1 under content 3.
  { unit: 'Phường 9', rows: {
    1: [['90 việc tốt giúp dân', 'Đăng ký các phần việc chăm lo, hỗ trợ người dân: thủ tục hành chính, vệ sinh môi trường, việc làm, hộ cận nghèo', 'Thường xuyên', '90 việc tốt trong năm', TT], ...wardWorks('Phường 9').slice(1)],
    2: [['In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực', 'Thí điểm không dùng tiền mặt tại bộ phận một cửa, thanh toán qua ứng dụng và máy POS', 'Từ 07/5/2021', 'Rút ngắn thời gian chờ; 50% giao dịch không dùng tiền mặt', TT]],
    3: [['Thu gom rác thải điện tử', 'Phối hợp Công ty Dịch vụ công ích thu gom bóng đèn, pin, đồ điện tử hư 2 lần/tháng', 'Hàng tháng', '2 tấn rác thải điện tử được thu gom', TT],
      // Phường 9 originated Phủ xanh tuyến hẻm (the plan's catalogue): it continues it, others replicate it.
      [...greenOf('Phường 9').slice(0, 4), TT] as SampleRow],
  } },
  { unit: 'Phường 10', rows: {
    1: [['Phát huy giá trị nghĩa tình', 'Thăm viếng, hỗ trợ gia đình có hiếu sự; Tổ hỗ trợ tang lễ không rải vàng mã, không gây ồn về khuya', 'Thường xuyên', 'Mọi gia đình có hiếu sự được thăm hỏi, hỗ trợ', TT], ...wardWorks('Phường 10').slice(1)],
    2: [reformOf('Phường 10')],
    3: [['Thu gom rác thải cồng kềnh', 'Phối hợp Công ty Dịch vụ công ích thu gom đồ dùng kích thước lớn vào thứ bảy, 2 lần/tháng', 'Hàng tháng', '24 đợt thu gom', TT]],
  } },
  { unit: 'Phường Võ Thị Sáu', rows: { 1: wardWorks('Phường Võ Thị Sáu'), 2: [reformOf('Phường Võ Thị Sáu')], 3: [greenOf('Phường Võ Thị Sáu')] } },
  { unit: 'Phường 2', rows: { 1: [...wardWorks('Phường 2'), ninetyOf('Phường 2', 'Nhân rộng từ Phường 9')], 2: [reformOf('Phường 2')], 3: [greenOf('Phường 2')] } },
  { unit: 'Phường 5', rows: { 1: [...wardWorks('Phường 5'), ninetyOf('Phường 5', NR)], 2: [reformOf('Phường 5')], 3: [greenOf('Phường 5')] } },
  // Short of quota: 6 of 10 works, nothing under content 3.
  { unit: 'Phường 11', rows: {
    1: [['Cho vay vốn lãi suất 0 đồng', 'Hỗ trợ hộ nghèo, cận nghèo vay vốn không lấy lãi', 'Thường xuyên', '20 hộ được vay vốn', TT], ...wardWorks('Phường 11').slice(3, 8)],
    2: [reformOf('Phường 11')],
  } },
  // Mistakes: an impossible date, a time before the campaign, and a time after it.
  { unit: 'Phường 14', rows: {
    1: wardWorks('Phường 14').map((r, i) => (i === 3 ? [r[0], r[1], '32/5/2021', r[3], r[4]] : i === 6 ? [r[0], r[1], 'Tháng 3/2021', r[3], r[4]] : r) as SampleRow),
    2: [['Ngày không hẹn', 'Cán bộ, công chức đăng ký giải quyết nhanh thủ tục hành chính, không để người dân đi lại nhiều lần', 'Thường xuyên', '100% hồ sơ đúng hạn', TT]],
    3: [['Phủ xanh tuyến hẻm', 'Trồng cây xanh hẻm 200 đường Lê Văn Sỹ', 'Tháng 12/2021', '01 tuyến hẻm xanh', NR]],
  } },
  // Mistakes in Ghi chú: left empty twice, and words the form does not know.
  { unit: 'Phường 4', rows: {
    1: wardWorks('Phường 4').map((r, i) => (i === 0 ? [...r.slice(0, 4), ''] : i === 5 ? [...r.slice(0, 4), 'đang làm'] : i === 8 ? [...r.slice(0, 4), ''] : r) as SampleRow),
    2: [['Quét mã QR nhận tài liệu, tin nhắn SMS cộng đồng', 'Không dùng văn bản giấy trong hội họp; nhắn tin thông báo cho người dân qua SMS', 'Thường xuyên', 'Giảm 80% giấy in hội họp', 'đã xong']],
    3: [greenOf('Phường 4')],
  } },
  // Mass organisations: 2 works under content 1.
  { unit: 'Ủy ban MTTQ Việt Nam Quận 3', rows: {
    1: [
      ['Blouse trắng nghĩa tình', 'Phối hợp trạm y tế phường, phòng khám khám và cấp thuốc cho Mẹ Việt Nam anh hùng, thương binh nặng, người già neo đơn', 'Thường xuyên', '1.000 lượt người được khám, cấp thuốc', TT],
      ['Cơ sở tôn giáo gắn với hộ nghèo, hộ cận nghèo', 'Vận động cơ sở tôn giáo chăm lo kinh phí giúp hộ nghèo, cận nghèo vượt chuẩn', 'Cả năm 2021', '50 hộ được giúp vượt chuẩn', TT],
    ],
    3: [
      ['Mảng xanh trong cơ sở tôn giáo', 'Cơ sở thờ tự tham gia tổng vệ sinh hàng tuần, hạn chế rải, đốt vàng mã', 'Hàng tuần', '30 cơ sở tôn giáo tham gia', TT],
      ['Điểm sáng môi trường', 'Vận động nhà hàng, cơ sở kinh doanh phân loại rác tại nguồn, không dùng túi nilon', 'Thường xuyên', '100 điểm sáng môi trường', TT],
    ],
  } },
  { unit: 'Hội Liên hiệp phụ nữ Quận 3', rows: {
    1: [
      ['90 hành động thiết thực vì phụ nữ và trẻ em', 'Trao học bổng, tặng quà, trao phương tiện sinh kế cho hội viên khó khăn', 'Đợt 1', '90 hành động thiết thực', MOI],
      ['Góc bếp yêu thương', 'Hỗ trợ sửa chữa góc bếp cho hội viên có hoàn cảnh khó khăn', 'Tháng 6 - 9/2021', '20 góc bếp', MOI],
    ],
    3: [['Phiên chợ xanh 0 đồng', 'Hướng dẫn trồng, chăm sóc cây; trao đổi, tặng cây xanh, giống cây trồng', day('05/06/2021'), '2.000 cây xanh được trao tặng', MOI]],
  } },
  // Short of quota: 1 of 2 works.
  { unit: 'Quận Đoàn 3', rows: {
    3: [['Chuyến xe xanh', 'Hướng dẫn trồng, chăm sóc và tặng cây xanh cho hộ dân 12 phường, trường học', 'Quý 3/2021', '5.000 cây xanh', TT]],
    1: [['Tiếp sức mùa thi', 'Đoàn viên hỗ trợ chỗ trọ, nước uống, phương tiện cho thí sinh và phụ huynh', 'Tháng 7/2021', '500 thí sinh được hỗ trợ', TT]],
  } },
  { unit: 'Liên đoàn Lao động Quận 3', rows: {
    1: [
      ['Mái ấm Công đoàn', 'Hỗ trợ xây, sửa nhà cho đoàn viên công đoàn khó khăn về nhà ở', 'Quý 3/2021', '03 căn nhà', TT],
      ['Chợ Tết Công đoàn 0 đồng', 'Trao phiếu mua hàng miễn phí cho công nhân lao động khó khăn', 'Tháng 9/2021', '300 phiếu mua hàng', MOI],
    ],
    3: [['Mảng xanh thân thiện', 'Cải tạo, trồng mới mảng xanh bằng vật liệu đã qua sử dụng trong trụ sở cơ quan, doanh nghiệp', 'Tháng 5 - 10/2021', '20 mảng xanh', MOI]],
    5: [['Nghiệp đoàn xe công nghệ', 'Vận động, giải thích cho tài xế xe công nghệ, không để tụ tập đông người trên đường phố', 'Thường xuyên', 'Không xảy ra tụ tập đông người', MOI]],
  } },
  // Departments: 1 under each of contents 1, 2, 3.
  ...['Phòng Tư pháp', 'Phòng Nội vụ', 'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Phòng Văn hóa và Thông tin'].map((unit): SampleUnit => ({ unit, rows: {
    1: [['Việc tốt giúp dân', `Cán bộ ${unit} đến tận nhà hướng dẫn thủ tục cho người già yếu, khuyết tật`, 'Thường xuyên', '50 lượt người được hỗ trợ', MOI]],
    2: [['Cung cấp dịch vụ công trực tuyến và phục vụ ngoài giờ hành chính', `${unit} tiếp nhận hồ sơ trực tuyến, làm việc sáng thứ bảy`, 'Từ 07/5 đến 15/10/2021', '80% hồ sơ nộp trực tuyến', NR]],
    3: [['Công sở văn minh, sạch đẹp, an toàn', 'Trồng cây, trang trí mảng xanh trong trụ sở; không dùng chai nhựa, ly nhựa trong hội nghị', 'Tháng 5 - 6/2021', '01 mảng xanh tại trụ sở', NR]],
  } })),
  // No contact e-mail: a coordinator types the registration on the unit's behalf.
  { unit: 'Thanh tra Quận 3', typedBy: 'coordinator', rows: {
    1: [['Tiếp công dân lưu động', 'Tiếp công dân tại khu phố, giải đáp khiếu nại ngay tại cơ sở', 'Hàng tháng', '12 buổi tiếp công dân', MOI]],
    2: [['Công khai kết quả giải quyết khiếu nại', 'Công khai trên trang thông tin điện tử của quận', 'Thường xuyên', '100% kết quả được công khai', MOI]],
    3: [['Công sở xanh', 'Trồng cây xanh trong trụ sở', day('19/05/2021'), '20 chậu cây', MOI]],
  } },
  // Phường 1 is left untouched: its tab stays as the template made it.
];

/** The unit with no contact e-mail in the sample's Cấu hình. */
export const UNIT_WITHOUT_EMAIL = 'Thanh tra Quận 3';
/** A unit whose tab nobody touched. */
export const UNTOUCHED_UNIT = 'Phường 1';
