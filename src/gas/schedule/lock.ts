/**
 * The lock a scheduled job and a sidebar call can both take. LockService.getDocumentLock()
 * returns null outside a containing document (developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 * which is where the hourly add-on trigger runs; the script lock is the one they share. It spans
 * every document of the add-on, so it is held only around the short critical sections.
 */
export function scheduleLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getScriptLock();
}

/** The document lock where there is a document, else the script lock. */
export function documentOrScriptLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
}
