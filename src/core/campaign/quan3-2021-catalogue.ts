/**
 * Danh mục mô hình of the Quận 3 2021 plan (section II, shared/seed): under each content, the
 * models "tiếp tục thực hiện các mô hình đã nhân rộng trong năm 2020" (continued) and "triển khai
 * nhân rộng các mô hình mới" (new), each with the unit that runs it. Campaign data written to
 * Cấu hình at init, and only then needed: the sidebar's "Khởi tạo chiến dịch" and dvk init pass
 * it to initCampaign, so Code.js (parsed on every execution) does not carry its ~4 KB. The plan's
 * short descriptions live with the sample (local/sample/catalogue-descriptions.ts), which passes
 * them too; coordinators may type their own. Origins are the
 * campaign's unit names where the unit is one; the plan's own wording otherwise ("Phường 8" of
 * 2020, the district People's Committee).
 */
import type { CatalogueModel } from './schema';

const MTTQ = 'Ủy ban MTTQ Việt Nam Quận 3';
const HLHPN = 'Hội Liên hiệp phụ nữ Quận 3';
const LDLD = 'Liên đoàn Lao động Quận 3';
const UBND = 'Ủy ban nhân dân Quận 3';

type Row = [content: number, continued: 0 | 1, origin: string, name: string, aliases?: string[]];

const ROWS: Row[] = [
  [1, 1, MTTQ, 'Blouse trắng nghĩa tình'],
  [1, 1, MTTQ, 'Cơ sở tôn giáo gắn với hộ nghèo, hộ cận nghèo'],
  [1, 1, 'Phường 10', 'Phát huy giá trị nghĩa tình'],
  [1, 1, 'Phường 4', 'Hội Tương tế'],
  [1, 0, 'Phường 9', '90 việc tốt giúp dân'],
  [1, 0, HLHPN, '90 hành động thiết thực vì phụ nữ và trẻ em'],
  [1, 0, HLHPN, 'Góc bếp yêu thương'],
  [1, 0, HLHPN, 'Hỗ trợ phương tiện sinh kế'],
  [1, 0, 'Phường 11', 'Cho vay vốn lãi suất 0 đồng'],
  [2, 1, UBND, 'Cung cấp dịch vụ công trực tuyến và phục vụ Nhân dân ngoài giờ hành chính', ['phục vụ nhân dân ngoài giờ hành chính', 'phục vụ ngoài giờ hành chính']],
  [2, 1, 'Phường 4', 'Quét mã QR nhận tài liệu'],
  [2, 1, 'Phường 4', 'Tin nhắn SMS cộng đồng'],
  [2, 1, 'Phường 4', 'In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực'],
  [2, 0, '', 'Quét mã QR giới thiệu các điểm đến văn hóa, di tích lịch sử, các cơ sở tín ngưỡng, tôn giáo', ['quét mã QR giới thiệu điểm đến', 'mã QR điểm đến văn hóa']],
  [2, 0, UBND, 'Thư viện pháp luật trực tuyến'],
  [2, 0, UBND, 'Zalo “Quận 3 trực tuyến”'],
  [2, 0, 'Phường 9', 'In biên lai thu tiền trực tiếp từ phần mềm sao y chứng thực và không dùng tiền mặt tại bộ phận một cửa', ['không dùng tiền mặt tại bộ phận một cửa', 'thanh toán không dùng tiền mặt']],
  [2, 0, 'Phường 14', 'Ngày không hẹn'],
  [3, 1, MTTQ, 'Mảng xanh trong cơ sở tôn giáo'],
  [3, 1, MTTQ, 'Điểm sáng môi trường'],
  [3, 1, MTTQ, 'Vì cuộc sống xanh'],
  [3, 1, MTTQ, 'Sức sống mới từ sản phẩm tái chế'],
  [3, 1, MTTQ, 'Thu gom vỏ hộp sữa giấy'],
  [3, 1, 'Quận Đoàn 3', 'Chuyến xe xanh'],
  [3, 1, 'Phường 10', 'Thu gom rác thải cồng kềnh'],
  [3, 1, 'Phường 9', 'Thu gom rác thải điện tử'],
  [3, 1, 'Phường 8', 'Hành động xanh'],
  [3, 1, 'Phường 9', 'Phủ xanh tuyến hẻm'],
  [3, 0, LDLD, 'Mảng xanh thân thiện'],
  [3, 0, HLHPN, 'Phiên chợ xanh 0 đồng'],
  [3, 0, HLHPN, 'Mảng xanh hộ gia đình'],
  [4, 1, 'Ban Dân vận Quận ủy', 'Nét đẹp văn hóa giao thông Quận 3', ['nét đẹp văn hóa giao thông']],
  [4, 1, '', 'Đội hình phản ứng nhanh điều hòa giao thông', ['thanh niên tình nguyện điều hòa giao thông', 'điều hòa giao thông']],
  [4, 1, 'Ban Chỉ huy Công an quận', 'Tuyên truyền Luật Giao thông đường bộ'],
  [5, 1, 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3', 'Tổ Công nhân đường phố phòng chống tội phạm', ['công nhân đường phố phòng chống tội phạm']],
  [5, 0, LDLD, 'Nghiệp đoàn xe công nghệ'],
  [5, 0, '', 'Địa bàn dân cư “4 không”', ['khu dân cư 4 không']],
  [5, 1, '', 'Mô hình “4 chi”'],
];

// Pure: a bundle that never reads the catalogue (Code.js) drops it.
export const QUAN3_2021_CATALOGUE: CatalogueModel[] = /* @__PURE__ */ ROWS.map(([content, continued, origin, name, aliases = []]) =>
  ({ name, content, origin, continued: continued === 1, description: '', aliases }));
