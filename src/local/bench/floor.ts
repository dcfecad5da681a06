/**
 * The floor of each job: the fewest server round trips it can take, counted the way the issue
 * defines it — one read per sheet read, one write per sheet written (values, formats and
 * validations of one sheet as one Sheets API batchUpdate would send them), one call per structural
 * or permission change that SpreadsheetApp has no batch form for, one call per e-mail, and the
 * document lock every writing job needs. Cached getters (sheet names, ids…) are not round trips
 * and are not counted (see latency.ts: roundTrip). Our own counts are compared with these.
 */
export interface Floor {
  calls: number;
  why: string;
}

/**
 * Lock (2: tryLock, then releaseLock, each a call to the lock service) + read Cấu hình (1) + find
 * the tracked tabs by metadata (1): what every job starts with. Only a job that may leave its lock
 * to the end of the execution saves the release (the edit trigger does: see oneEditFloor).
 */
const LOCK = 2;
const START = LOCK + 2;

/**
 * Reading every unit tab: the Sheets advanced service's Values.batchGet takes any number of ranges
 * in one request, so the floor is one call whatever the number of tabs (the issue: "one batch
 * call where the Sheets advanced service is used"). Writing marks on many tabs is likewise one
 * Spreadsheets.batchUpdate.
 */
const ALL_TABS_READ = 1;
const ALL_TABS_WRITE = 1;
/**
 * A campaign over several spreadsheets reads each file with its own batchGet (a request names one
 * spreadsheetId): the floor's unit is one batchGet per file, plus opening each member (openById)
 * and finding its tracked tabs (one metadata read).
 */
const MEMBER_OPEN = 2;
/** A new member workbook: create, hub reference, time zone, template copy and name, its metadata, delete the blank sheet, protect, share, 2 record writes. */
const MEMBER_CREATE = 11;
const filesWhy = (files: number) => (files > 1 ? ` in ${files} files (+ openById and tracking of ${files - 1} members)` : '');

export function setupFromScratchFloor(units: number, executions: number, members = 0): Floor {
  // initCampaign: Cấu hình and Mẫu đăng ký, each insertSheet + one write + protect + addEditors
  // + removeEditors + one role metadata (6 × 2), after one getSheets.
  const init = 13;
  // Each unit tab is one sheet written: the Sheets API's batchUpdate carries its copy of the
  // template, tracking metadata, the unit's name, protection with its editors and marker as that
  // sheet's one write (SpreadsheetApp needed 6: insertSheet, the name, protect, addEditors,
  // removeEditors, the metadata; floors before issue 14's batched setup counted those).
  const perUnit = 1;
  // Each resumable run starts over (the 6-minute limit is per execution); the edit trigger is
  // looked up and created once (2).
  return { calls: init + perUnit * units + (START + 1) * executions + 2 + MEMBER_CREATE * members,
    why: `init 13 + 1 write/tab × ${units} + (lock and its release, Cấu hình, metadata, getEditors) × ${executions} runs + trigger 2${members ? ` + ${MEMBER_CREATE} × ${members} member workbooks` : ''}` };
}

export function setupRerunFloor(files = 1): Floor {
  // Nothing to do: lock, Cấu hình, metadata (the synced editors are in it), the trigger list.
  return { calls: START + 1 + MEMBER_OPEN * (files - 1), why: `lock and its release, Cấu hình, metadata, trigger list${filesWhy(files)}` };
}

export function coordinatorRerunFloor(units: number, files = 1): Floor {
  // The re-run's reads, then every unit tab's new editors: one batchUpdate per file carries them all
  // (its protections come with the layout read); Cấu hình's and Mẫu đăng ký's protections (addEditors each).
  return { calls: setupRerunFloor(files).calls + files + 2,
    why: `${setupRerunFloor(files).why} + one batchUpdate of the ${units} tabs' protections per file + Cấu hình and Mẫu đăng ký addEditors` };
}

export function checkAllFloor(units: number, tabsWritten: number, files = 1): Floor {
  const write = tabsWritten > 0 ? ALL_TABS_WRITE * Math.min(files, tabsWritten) : 0;
  return { calls: START + ALL_TABS_READ * files + MEMBER_OPEN * (files - 1) + write,
    why: `lock and its release, Cấu hình, metadata + one batchGet of ${units} tabs + one batchUpdate of the marks on ${tabsWritten} tabs, per file${filesWhy(files)}` };
}

export function oneEditFloor(file: 'hub' | 'member' = 'hub'): Floor {
  // The edited tab's own metadata (whose tab), Cấu hình, the tab itself, its marks, the lock (taken
  // only: "released automatically when the script terminates", developers.google.com/apps-script/
  // reference/lock/lock#releaseLock(), and the trigger ends right after its writes), then the
  // unit's row in Tổng hợp and its block in Danh sách mô hình: one write each.
  // In a member workbook the marks are all (the hub's Tổng hợp follows in the hourly rebuild).
  if (file === 'member') return { calls: 5, why: "tab metadata, the hub's Cấu hình, tab read, marks write, lock (taken; released by the execution ending)" };
  return { calls: 7, why: 'tab metadata, Cấu hình, tab read, marks write, lock (taken; released by the execution ending), Tổng hợp write, Danh sách mô hình write' };
}

export function fullSummaryFloor(units: number, files = 1): Floor {
  return { calls: START + ALL_TABS_READ * files + MEMBER_OPEN * (files - 1) + 2,
    why: `lock and its release, Cấu hình, metadata + one batchGet of ${units} tabs per file + Tổng hợp write + Danh sách mô hình write${filesWhy(files)}` };
}

export function reminderDayFloor(units: number, lateUnits: number, files = 1): Floor {
  // Standings need every tab (1 read each); the log is read once and written once before sending
  // (so a crash never sends twice) and once after; the quota is asked once; one e-mail per late
  // unit (all its contacts in To) and one digest to the coordinators.
  return { calls: START + ALL_TABS_READ * files + MEMBER_OPEN * (files - 1) + 1 + 2 + 1 + lateUnits + 1,
    why: `lock and its release, Cấu hình, metadata + one batchGet of ${units} tabs per file + log read + 2 log writes + quota + ${lateUnits} late-unit mails + digest${filesWhy(files)}` };
}

/**
 * "Tạo chiến dịch năm sau" with pre-filling: this file's lock, Cấu hình and tracking, Báo cáo (the
 * ticks), every unit tab (one batchGet per file, members opened), then the new file: the record of
 * it in the user's properties (read, write), create, time zone and locale, and for Cấu hình, Mẫu
 * đăng ký and Mô hình năm trước each insertSheet, its metadata, one write, protect (4 × 3), the
 * review notes (one write), the coordinators shared (1), the blank first sheet deleted (1).
 */
export function nextYearFloor(files = 1): Floor {
  const newFile = 2 + 1 + 2 + 4 * 3 + 1 + 1 + 1;
  return { calls: START + 1 + ALL_TABS_READ * files + MEMBER_OPEN * (files - 1) + newFile,
    why: `lock and its release, Cấu hình, metadata, Báo cáo + one batchGet of the tabs per file${filesWhy(files)} + the new file ${newFile} (record 2, create, zone and locale, 3 sheets × 4, notes, share, blank sheet)` };
}
