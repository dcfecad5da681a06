/**
 * The default campaign: Quận 3, 2021, from the district plan (shared/seed). Campaign data, not
 * code: another year is another object of this shape, validated by CampaignSchema.
 */
import type { CampaignInput } from './schema';

const WARDS = ['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'Phường 9', 'Phường 10',
  'Phường 11', 'Phường 12', 'Phường 13', 'Phường 14', 'Phường Võ Thị Sáu'];

const MASS_ORGANISATIONS = ['Ủy ban MTTQ Việt Nam Quận 3', 'Hội Liên hiệp phụ nữ Quận 3', 'Quận Đoàn 3',
  'Liên đoàn Lao động Quận 3', 'Hội Cựu chiến binh Quận 3'];

const DEPARTMENTS = ['Văn phòng HĐND và UBND Quận 3', 'Phòng Nội vụ', 'Phòng Tư pháp', 'Phòng Tài chính - Kế hoạch',
  'Phòng Quản lý đô thị', 'Phòng Tài nguyên và Môi trường', 'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Văn hóa và Thông tin', 'Phòng Giáo dục và Đào tạo', 'Phòng Y tế', 'Phòng Kinh tế', 'Thanh tra Quận 3'];

const PARTY_COMMITTEES = ['Đảng bộ Công an Quận 3', 'Đảng bộ Quân sự Quận 3', 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3'];

export const QUAN3_2021: CampaignInput = {
  id: 'quan3-2021',
  year: 2021,
  timeZone: 'Asia/Ho_Chi_Minh',
  partyCommittee: 'ĐẢNG BỘ QUẬN 3',
  place: 'Quận 3',
  coordinatorBody: 'Ban Dân vận Quận ủy',
  formTitle: 'BẢNG ĐĂNG KÝ',
  titleLines: [
    'Nhân rộng các mô hình hiệu quả trong phong trào thi đua “Dân vận khéo”',
    'và phát động đợt hoạt động cao điểm “Cán bộ làm công tác dân vận khéo” gắn với ngày hội thi đua “5 không”',
    'chủ đề “Tham mưu tốt - tuyên truyền giỏi - dân vận khéo” - Năm 2021',
  ],
  contents: [
    { id: 1, title: 'Không để người nghèo, người yếu thế tụt hậu, bị bỏ quên' },
    { id: 2, title: 'Không gây phiền hà cho Nhân dân và doanh nghiệp',
      targets: ['Tỷ lệ hài lòng của người dân, doanh nghiệp trên 95%'] },
    { id: 3, title: 'Không xả rác bừa bãi ra đường phố và kênh rạch',
      targets: ['30% đảng viên, đoàn viên, hội viên thực hiện mảng xanh tại nơi ở và nơi làm việc'] },
    { id: 4, title: 'Không vi phạm Luật giao thông đường bộ',
      targets: ['Không để xảy ra ùn tắc giao thông', 'Không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng', 'Không để xảy ra đua xe trái phép'] },
    { id: 5, title: 'Không tụ tập gây rối, ảnh hưởng an ninh chính trị, trật tự an toàn nơi cư trú và trên đường phố',
      targets: ['Kéo giảm 20% số vụ phạm pháp hình sự so với cùng kỳ', 'Khám phá 100% án đặc biệt nghiêm trọng'] },
  ],
  columns: [
    { key: 'stt', header: 'STT', width: 50 },
    { key: 'name', header: 'Tên mô hình', width: 240, maxLength: 300 },
    { key: 'form', header: 'Hình thức thực hiện', width: 260, maxLength: 1000 },
    { key: 'time', header: 'Thời gian thực hiện', width: 140, maxLength: 100 },
    { key: 'expected', header: 'Dự kiến kết quả (hiệu quả, số lượng đạt được)', width: 260, maxLength: 1000 },
    { key: 'kind', header: 'Ghi chú', width: 150, maxLength: 200 },
  ],
  noteKinds: [
    { key: 'tiep-tuc', label: 'tiếp tục thực hiện', aliases: ['tiếp tục', 'tiep tuc', 'duy trì', 'tiếp tục thực hiện', 'TTTH', 'TT thực hiện'] },
    { key: 'nhan-rong', label: 'nhân rộng', aliases: ['nhân rộng', 'nhan rong', 'được nhân rộng', 'NR'] },
    { key: 'moi', label: 'mô hình mới', aliases: ['mới', 'moi', 'mô hình mới', 'mh mới', 'đăng ký mới', 'MHM', 'xây dựng mới'] },
  ],
  footnote: '* Ghi chú: ghi rõ mô hình được tiếp tục thực hiện; được nhân rộng hoặc mô hình mới.',
  signature: 'XÁC NHẬN CỦA CẤP ỦY/ THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
  rounds: [
    { id: 1, name: 'Đợt 1', start: '2021-05-07', end: '2021-07-02', registrationDeadline: '2021-05-18', reportDeadline: '2021-06-25' },
    { id: 2, name: 'Đợt 2', start: '2021-07-03', end: '2021-10-15', registrationDeadline: '2021-06-10', reportDeadline: '2021-10-05' },
  ],
  unitTypes: [
    { id: 'phong-ban', name: 'Phòng, ban chuyên môn, đơn vị hành chính sự nghiệp, trường học thuộc quận', quotas: [
      { id: 'viec-giup-dan', label: 'Việc có ý nghĩa giúp dân', content: 1, min: 1 },
      { id: 'cai-cach-hanh-chinh', label: 'Mô hình cải cách hành chính', content: 2, min: 1 },
      { id: 'mang-xanh', label: 'Công trình mảng xanh', content: 3, min: 1 },
    ] },
    { id: 'mttq-doan-the', name: 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội quận', quotas: [
      { id: 'viec-giup-dan', label: 'Việc có ý nghĩa giúp dân', content: 1, min: 2 },
    ] },
    { id: 'phuong', name: 'Phường (đảng bộ, chính quyền, MTTQ, đoàn thể phường)', quotas: [
      { id: 'viec-giup-dan', label: 'Việc có ý nghĩa giúp dân', content: 1, min: 10 },
      { id: 'cai-cach-hanh-chinh', label: 'Mô hình cải cách hành chính', content: 2, min: 1 },
      { id: 'mang-xanh', label: 'Khu phố, hẻm, khu dân cư tạo mảng xanh', content: 3, min: 1 },
    ] },
    { id: 'dang-bo-co-so', name: 'Đảng bộ cơ sở', quotas: [
      { id: 'viec-giup-dan', label: 'Việc có ý nghĩa giúp dân', content: 1, min: 2 },
    ] },
    { id: 'chi-bo-co-so', name: 'Chi bộ cơ sở', quotas: [
      { id: 'viec-giup-dan', label: 'Việc có ý nghĩa giúp dân', content: 1, min: 1 },
    ] },
  ],
  units: [
    ...WARDS.map((name) => ({ name, type: 'phuong', emails: [], formalName: `Đảng ủy ${name}` })),
    ...MASS_ORGANISATIONS.map((name) => ({ name, type: 'mttq-doan-the', emails: [] })),
    ...DEPARTMENTS.map((name) => ({ name, type: 'phong-ban', emails: [] })),
    ...PARTY_COMMITTEES.map((name) => ({ name, type: 'dang-bo-co-so', emails: [] })),
  ],
  coordinators: [],
  reminders: { enabled: false, daysBefore: [7, 3, 1, 0], daysAfter: [1], hour: 7 },
  rowsPerContent: 5,
  // The plan's Danh mục mô hình is QUAN3_2021_CATALOGUE: the sidebar and dvk hand it to initCampaign,
  // so its text is not parsed with the add-on's bundle on every execution.
};
