/**
 * Why bytes are not a workbook dvk can read, told from their first and last bytes before exceljs
 * sees them (its own errors speak of "central directories"): an .xlsx is a zip (local header
 * "PK\x03\x04", an end-of-central-directory record "PK\x05\x06" within the last 64 KiB + 22 bytes);
 * an .xls and a password-protected .xlsx are both OLE2 compound files, the latter holding an
 * "EncryptedPackage" stream (MS-OFFCRYPTO 2.3.4.4: the encrypted package is a stream of that name);
 * an .ods is a zip whose first entry, "mimetype", says application/vnd.oasis.opendocument.spreadsheet
 * (OpenDocument 1.2 part 3, §3.3).
 */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

function hasSequence(b: Uint8Array, sig: number[], from: number): boolean {
  for (let i = Math.max(0, from); i <= b.length - sig.length; i++) if (startsWith(b, sig, i)) return true;
  return false;
}

const CONVERT = (file: string) => `mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (hoặc: soffice --headless --convert-to xlsx ${file})`;

/** A one-line Vietnamese reason, or null when the bytes look like an .xlsx. */
export function unreadableReason(bytes: Uint8Array, file: string): string | null {
  if (startsWith(bytes, OLE2)) {
    const encrypted = hasSequence(bytes, [...Buffer.from('EncryptedPackage', 'utf16le')], 0);
    return encrypted
      ? `${file} được đặt mật khẩu: mở bằng Excel hoặc LibreOffice, bỏ mật khẩu rồi lưu lại thành .xlsx`
      : `${file} là tệp Excel 97–2003 (.xls), dvk chỉ đọc .xlsx: ${CONVERT(file)}`;
  }
  if (!startsWith(bytes, ZIP_LOCAL)) {
    return `${file} không phải tệp .xlsx: trên Google Sheets, tải về bằng Tệp → Tải xuống → Microsoft Excel (.xlsx)`;
  }
  const head = Buffer.from(bytes.subarray(30, 120)).toString('latin1');
  if (head.startsWith('mimetype') && head.includes('application/vnd.oasis.opendocument.spreadsheet')) {
    return `${file} là bảng tính OpenDocument (.ods), dvk chỉ đọc .xlsx: ${CONVERT(file)}`;
  }
  if (!hasSequence(bytes, ZIP_END, bytes.length - END_SEARCH)) {
    return `${file} bị cắt cụt hoặc hỏng (tải xuống chưa xong?): hãy tải lại tệp`;
  }
  return null;
}
