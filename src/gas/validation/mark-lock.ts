/**
 * Marks are written from a read made a moment earlier: two executions re-marking the same tab at
 * once (a paste, then a quick fix) could let the older read win. One writer of marks at a time per
 * document, under the same document lock setup uses.
 */
export const MARK_LOCK_WAIT_MS = { check: 30_000, edit: 10_000 } as const;

/**
 * Runs `fn` holding the document lock. checkUnits (`mustRun`) throws when it cannot get it; the
 * on-edit trigger returns undefined instead: the next edit or "Kiểm tra" re-marks the tab anyway.
 */
export function withMarkLock<T>(mustRun: boolean, fn: () => T): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(mustRun ? MARK_LOCK_WAIT_MS.check : MARK_LOCK_WAIT_MS.edit)) {
    if (mustRun) throw new Error('Một người tổng hợp khác đang tạo trang tính hoặc kiểm tra. Vui lòng thử lại sau ít phút.');
    return undefined;
  }
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * The edit trigger's hold: as withMarkLock(false), but the lock is left to be released when the
 * execution ends, right after ("the lock is automatically released when the script terminates":
 * developers.google.com/apps-script/reference/lock/lock#releaseLock()), which saves a call.
 */
export function withMarkLockToEnd<T>(fn: () => T): T | undefined {
  if (!LockService.getDocumentLock().tryLock(MARK_LOCK_WAIT_MS.edit)) return undefined;
  const out = fn();
  SpreadsheetApp.flush();
  return out;
}
