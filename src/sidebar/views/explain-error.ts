/**
 * Apps Script's own errors arrive in English (the server's messages are already Vietnamese):
 * explain the common ones in Vietnamese and keep the original as a detail for the coordinator.
 */

export interface Explained {
  text: string;
  /** The original message, when `text` replaced it. */
  detail?: string;
}

const KNOWN: ReadonlyArray<[RegExp, string]> = [
  [/exceeded maximum execution time/i, 'Thao tác chạy quá thời gian cho phép (6 phút). Vui lòng bấm lại để làm tiếp.'],
  [/authori[sz]ation is required|requires? authori[sz]ation/i, 'Tiện ích cần được cấp quyền. Hãy mở lại từ menu Tiện ích và cho phép truy cập.'],
  [/you do not have permission|permission denied|access denied/i, 'Bạn không có quyền thực hiện thao tác này trên bảng tính.'],
  [/service invoked too many times|quota|rate limit/i, 'Đã vượt hạn mức sử dụng của Google trong ngày. Vui lòng thử lại sau.'],
  [/lock timeout|could not obtain lock|another (user|execution)/i, 'Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.'],
  [/network|failed to fetch|connection/i, 'Mất kết nối tới máy chủ Google. Kiểm tra mạng rồi thử lại.'],
];

export function explainError(message: string): Explained {
  for (const [pattern, text] of KNOWN) {
    if (pattern.test(message)) return { text, detail: message };
  }
  return { text: message };
}
