/**
 * A workbook whose mode gives nobody write permission (chmod a-w) was made read-only on purpose:
 * dvk refuses to replace it (renaming over it would succeed, the directory being writable) unless
 * --out names another file. Checked by mode, not access(2), which says yes to root.
 */
import { statSync } from 'node:fs';
import { UsageError } from './args';

export function refuseReadOnly(file: string): void {
  const mode = (() => { try { return statSync(file).mode; } catch { return undefined; } })();
  if (mode !== undefined && (mode & 0o222) === 0) {
    throw new UsageError(`tệp ${file} chỉ đọc (không ai có quyền ghi); dvk không ghi đè lên nó — dùng --out TỆP_MỚI để ghi kết quả sang tệp khác, hoặc bỏ chế độ chỉ đọc`);
  }
}
