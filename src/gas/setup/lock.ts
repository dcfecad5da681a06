/** One setup at a time per document: two coordinators pressing at once must not duplicate tabs. */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new Error('Một người tổng hợp khác đang khởi tạo hoặc tạo trang tính đơn vị. Vui lòng thử lại sau ít phút.');
  }
  try {
    return run();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
