/**
 * The Cấu hình sheet's stacked tables: each starts with a heading in column A, then a header row,
 * then data rows until the next heading. Headings are how the reader finds a table again, so a
 * person may insert rows anywhere inside one. The unit list comes first: it is what a coordinator edits most
 * (the reader finds tables by heading, so older sheets with it last still read). Then what a coordinator
 * sets each year (titles, rounds, coordinators, reminders, the catalogue); the technical tables (codes,
 * column widths, the time zone) come last, under the ADVANCED heading, folded in a row group.
 */
export const CONFIG_SHEET_NAME = 'Cấu hình';
export const CONFIG_COLUMNS = 6;
/** Row 1 (then the year) and row 2, above the tables. */
export const CONFIG_TITLE = 'CẤU HÌNH CHIẾN DỊCH “DÂN VẬN KHÉO”';
export const CONFIG_INSTRUCTIONS = 'Sửa trực tiếp các bảng dưới đây; có thể chèn thêm dòng trong mỗi bảng. Ngày ghi dạng dd/MM/yyyy. '
  + 'Sau khi sửa, bấm “Tạo/cập nhật trang tính đơn vị” trong bảng điều khiển.';

export const TABLE = {
  campaign: { heading: 'Chiến dịch', headers: ['Mục', 'Giá trị'] },
  /** Technical settings of the campaign: its fields as in Chiến dịch (a sheet written before it has them all there). */
  advanced: { heading: 'Thiết lập kỹ thuật', headers: ['Mục', 'Giá trị'] },
  contents: { heading: 'Nội dung', headers: ['Mã', 'Tên nội dung', 'Chỉ tiêu kết quả (mỗi dòng một chỉ tiêu; không tính số dòng)'] },
  columns: { heading: 'Cột bảng đăng ký', headers: ['Mã cột', 'Tiêu đề cột', 'Độ rộng (px)', 'Độ dài tối đa (ký tự)'] },
  noteKinds: { heading: 'Loại Ghi chú', headers: ['Mã', 'Nhãn', 'Cách viết khác (phân cách bằng dấu phẩy)'] },
  rounds: { heading: 'Đợt', headers: ['Mã đợt', 'Tên đợt', 'Bắt đầu', 'Kết thúc', 'Hạn đăng ký', 'Hạn báo cáo kết quả'] },
  unitTypes: { heading: 'Loại đơn vị', headers: ['Mã loại', 'Tên loại đơn vị'] },
  quotas: { heading: 'Chỉ tiêu theo loại đơn vị', headers: ['Mã loại', 'Mã chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung (trống: mọi nội dung)', 'Tối thiểu'] },
  coordinators: { heading: 'Người tổng hợp', headers: ['E-mail'] },
  reminders: { heading: 'Nhắc hạn', headers: ['Mục', 'Giá trị'] },
  catalogue: { heading: 'Danh mục mô hình', headers: ['Tên mô hình', 'Nội dung (mã)', 'Đơn vị thực hiện (mô hình gốc)',
    'Đã nhân rộng năm trước (Có/Không)', 'Cách viết khác (phân cách bằng dấu phẩy)', 'Mô tả ngắn'] },
  units: { heading: 'Đơn vị', headers: ['Tên đơn vị', 'Loại đơn vị', 'E-mail liên hệ (phân cách bằng dấu phẩy)', 'Tên chính thức (đầu bảng đăng ký, người nhận thư; trống: tên đơn vị)', 'Nhóm sổ đăng ký (trống: theo loại đơn vị)'] },
} as const;

export type TableId = keyof typeof TABLE;
export const TABLE_ORDER: TableId[] = ['units', 'campaign', 'rounds', 'coordinators', 'reminders', 'catalogue', 'advanced', 'contents', 'columns', 'noteKinds', 'unitTypes', 'quotas'];
/** The first table of the part under ADVANCED_HEADING. */
export const FIRST_ADVANCED: TableId = 'advanced';
/** Tables a Cấu hình written before they existed may lack: read as empty. */
export const OPTIONAL_TABLES: ReadonlySet<TableId> = new Set(['catalogue', 'advanced']);
/**
 * The heading over the technical tables; the reader ends the table above it there (a row that is no table of its own).
 * Matched by its start, so a person may reword the rest.
 */
export const ADVANCED_HEADING = 'NÂNG CAO – dành cho thiết lập nâng cao';
export const ADVANCED_NOTE = 'Các bảng dưới đây (mã nội dung, mã và độ rộng cột, loại đơn vị, chỉ tiêu, múi giờ…) thường không cần sửa; '
  + 'bấm dấu + bên trái dòng này để mở, dấu − để thu gọn.';
/** Chiến dịch fields written in the Thiết lập kỹ thuật table. */
export const ADVANCED_CAMPAIGN_FIELDS = ['id', 'timeZone', 'tabsPerFile'] as const;

/** Labels of the Chiến dịch key/value table, by campaign field. */
export const CAMPAIGN_KEYS = {
  id: 'Mã chiến dịch',
  year: 'Năm',
  timeZone: 'Múi giờ',
  partyCommittee: 'Đảng bộ (đầu bảng đăng ký)',
  place: 'Địa danh (dòng ngày tháng)',
  coordinatorBody: 'Cơ quan tổng hợp',
  formTitle: 'Tiêu đề bảng đăng ký',
  titleLines: 'Tên chiến dịch (một dòng in)',
  footnote: 'Chú thích cuối bảng',
  signature: 'Khối xác nhận',
  rowsPerContent: 'Số dòng in sẵn mỗi nội dung',
  tabsPerFile: 'Số trang tính đơn vị tối đa mỗi tệp',
} as const;

/** Labels an earlier version wrote, still read as their field (the interface said "tab" before "trang tính"). */
export const FORMER_CAMPAIGN_KEYS: [string, keyof typeof CAMPAIGN_KEYS][] = [['Số tab đơn vị tối đa mỗi tệp', 'tabsPerFile']];

export const REMINDER_KEYS = {
  enabled: 'Bật nhắc hạn (Có/Không)',
  daysBefore: 'Nhắc trước hạn (số ngày, phân cách bằng dấu phẩy)',
  daysAfter: 'Nhắc sau hạn (số ngày, phân cách bằng dấu phẩy)',
  hour: 'Giờ gửi (0-23)',
} as const;

export const YES = 'Có';
export const NO = 'Không';
