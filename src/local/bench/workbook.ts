/**
 * Quận 3-like workbooks of any size for the benchmark: the 12 wards first, then mass
 * organisations, departments and party cells, each unit with its own contact e-mail shared on the
 * file. What people type (the unit list, their registration rows) is written as the owner with one
 * setValues per block, never cell by cell, so generating 300 units stays fast.
 */
import { CAMPAIGN_KEYS } from '../../core/config-sheet/tables';
import { RecordingEmulator } from './recorder';

export const OWNER = 'bandanvan@q3.gov.vn';
export const ROWS_PER_UNIT = 40;
/** Share of units that have not met their quota by the registration deadline. */
export const LATE_SHARE = 0.3;
/**
 * One unit in this many typed into the rows it inserted without the edit trigger putting the Ghi
 * chú dropdown back (the trigger skipped: the document lock busy with setup or a check, or the
 * member workbook's checks not enabled yet), so a check still pays for restoring it there. About
 * 3 %: in real use the trigger restores the rule as the unit types, so nearly every tab has it.
 */
export const BARE_INSERTS_EVERY = 30;

export interface BenchUnit {
  name: string;
  type: string;
  email: string;
  /** Registered nothing under content 1, so its quota is not met: a reminder goes to it. */
  late: boolean;
  /** One of its rows lacks Ghi chú (every tenth unit), so a check has marks to write. */
  flawed: boolean;
  /** The rows it inserted lack the Ghi chú dropdown (BARE_INSERTS_EVERY), so a check restores it. */
  bareInserts: boolean;
}

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WARDS = ['Phường 1', 'Phường 2', 'Phường 3', 'Phường 4', 'Phường 5', 'Phường Võ Thị Sáu', 'Phường 9', 'Phường 10', 'Phường 11', 'Phường 12', 'Phường 13', 'Phường 14'];
const MTTQ = ['Ủy ban MTTQ Việt Nam Quận 3', 'Hội Liên hiệp phụ nữ Quận 3', 'Quận Đoàn', 'Liên đoàn Lao động Quận 3', 'Hội Cựu chiến binh Quận 3'];

export function benchUnits(n: number): BenchUnit[] {
  const lateEvery = Math.round(1 / LATE_SHARE * 1000);
  return Array.from({ length: n }, (_, i) => {
    const [name, type] = i < WARDS.length ? [WARDS[i], 'phuong']
      : i < WARDS.length + MTTQ.length ? [MTTQ[i - WARDS.length], 'mttq-doan-the']
        : i % 3 === 0 ? [`Phòng ban ${i}`, 'phong-ban']
          : i % 3 === 1 ? [`Đảng bộ cơ sở ${i}`, 'dang-bo-co-so'] : [`Chi bộ Khu phố ${i}`, 'chi-bo-co-so'];
    // Every unit whose index crosses a multiple of 1/LATE_SHARE is late: 30% of any prefix, spread out.
    const late = Math.floor(((i + 1) * 1000) / lateEvery) > Math.floor((i * 1000) / lateEvery);
    return { name, type, email: `donvi${i + 1}@q3.gov.vn`, late, flawed: i % 10 === 1,
      bareInserts: i % BARE_INSERTS_EVERY === 3 };
  });
}

export function lateCount(units: readonly BenchUnit[]): number {
  return units.filter((u) => u.late).length;
}

/** A fresh emulator with the built bundle, the file shared with every unit's contact. */
export function benchEmulator(units: readonly BenchUnit[], codePath = 'dist/Code.js'): RecordingEmulator {
  const emu = new RecordingEmulator({ owner: OWNER, editors: units.map((u) => u.email), now: '2021-05-10T08:00:00+07:00',
    // Workspace quota, so every reminder the job plans is sent and counted; the report compares recipients with both quotas.
    mailQuota: 1_500 });
  emu.load(codePath);
  return emu;
}

export function asOwner<T>(emu: RecordingEmulator, fn: (ss: SS) => T): T {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return emu.run(OWNER, () => fn(app.getActiveSpreadsheet()));
}

/** The coordinator types the unit list into Cấu hình (after initCampaign), replacing the default one. */
export function writeUnitList(emu: RecordingEmulator, units: readonly BenchUnit[], tabsPerFile?: number): void {
  asOwner(emu, (ss) => {
    const config = ss.getSheetByName('Cấu hình');
    if (!config) throw new Error('bench: no Cấu hình sheet (did initCampaign fail?)');
    const values = config.getDataRange().getValues();
    if (tabsPerFile !== undefined) {
      const row = values.findIndex((r) => r[0] === CAMPAIGN_KEYS.tabsPerFile);
      if (row < 0) throw new Error(`bench: no “${CAMPAIGN_KEYS.tabsPerFile}” row in Cấu hình`);
      config.getRange(row + 1, 2).setValue(tabsPerFile);
    }
    const first = values.findIndex((r) => r[0] === 'Đơn vị' && r.slice(1).every((v) => v === '')) + 3;
    if (first < 3) throw new Error('bench: no Đơn vị table in Cấu hình');
    // The unit list ends at the next table's heading (Chiến dịch): rows for more units are inserted
    // above it, and only the rows down to it are written (the technical tables under it stay).
    const next = values.findIndex((r, i) => i >= first && r[0] === 'Chiến dịch' && r.slice(1).every((v) => v === '')) + 1;
    const end = () => (next > 0 ? next + Math.max(0, units.length - (next - first)) : config.getMaxRows() + 1);
    if (next > 0 && next - first < units.length) config.insertRowsBefore(next, units.length - (next - first));
    if (next <= 0 && config.getMaxRows() < first + units.length) config.insertRowsAfter(config.getMaxRows(), first + units.length - config.getMaxRows());
    const height = end() - first;
    const rows = Array.from({ length: height }, (_, i) => (i < units.length ? [units[i].name, units[i].type, units[i].email] : ['', '', '']));
    config.getRange(first, 1, height, 3).setValues(rows);
  });
}

/** A coordinator typed into Cấu hình's Người tổng hợp table under the owner, as a coordinator does by hand. */
export function addCoordinator(emu: RecordingEmulator, email: string): void {
  asOwner(emu, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const owner = config.getDataRange().getValues().findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    if (owner < 3) throw new Error('bench: no Người tổng hợp table in Cấu hình');
    config.insertRowsAfter(owner, 1);
    config.getRange(owner + 1, 1).setValue(email);
  });
}

const KINDS = ['tiếp tục thực hiện', 'nhân rộng', 'mô hình mới'];
/** Ghi chú, the sixth column of the template's table (the block fillTab writes is A:F). */
const KIND_COLUMN = 6;

/** How many rows a unit fills under each of the five contents (ROWS_PER_UNIT in all). */
export function rowsByContent(u: BenchUnit): number[] {
  if (u.late) return [0, 10, 10, 10, 10];
  return u.type === 'phuong' ? [12, 7, 7, 7, 7] : [8, 8, 8, 8, 8];
}

/**
 * Each unit fills its tab: rows are inserted under each section as a person would (a fresh tab
 * has 5 numbered rows per content), then the table is written with one setValues. A flawed
 * unit's 10th row lacks its Ghi chú. The printed rows carry the template's Ghi chú dropdown and
 * inserted rows none (as in Sheets); in real use the edit trigger puts it back on a section as the
 * unit types there, so the inserted rows get the printed rows' rule here, without running the
 * trigger once per row, except on a bareInserts unit's tab, which Kiểm tra then has to restore.
 */
export function fillUnitTabs(emu: RecordingEmulator, units: readonly BenchUnit[]): void {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  emu.run(OWNER, () => {
    for (const u of units) {
      const at = fileOfTab(emu, u.name);
      const sheet = app.openById(at.fileId).getSheetById(at.sheetId);
      if (!sheet) throw new Error(`bench: no tab for ${u.name}`);
      fillTab(sheet, u);
    }
  });
}

/** The file (hub or member workbook) and sheet holding a unit's tab, by its tracking. */
export function fileOfTab(emu: RecordingEmulator, unit: string): { fileId: string; sheetId: number } {
  for (const f of emu.files.values()) {
    for (const m of f.developerMetadata) {
      if (m.key !== 'dvk.tab') continue;
      const meta = JSON.parse(m.value ?? '{}') as { unit?: string; sheetId?: number };
      if (meta.unit === unit && typeof meta.sheetId === 'number') return { fileId: f.id, sheetId: meta.sheetId };
    }
  }
  throw new Error(`bench: no tab for ${unit}`);
}

function fillTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, u: BenchUnit): void {
  const want = rowsByContent(u);
  let grid = sheet.getDataRange().getValues();
  const headings = grid.map((r, i) => (/^\d+\. Nội dung/.test(String(r[0])) ? i : -1)).filter((i) => i >= 0);
  if (headings.length !== 5) throw new Error(`bench: tab ${sheet.getName()} has ${headings.length} section headings`);
  // Bottom-up, so earlier headings keep their row numbers.
  for (let s = headings.length - 1; s >= 0; s--) {
    const free = sectionRows(grid, headings, s);
    if (want[s] <= free) continue;
    sheet.insertRowsAfter(headings[s] + 1 + free, want[s] - free);
    if (!u.bareInserts) {
      const rule = sheet.getRange(headings[s] + 2, KIND_COLUMN).getDataValidation();
      if (rule) sheet.getRange(headings[s] + 2 + free, KIND_COLUMN, want[s] - free, 1).setDataValidation(rule);
    }
  }
  grid = sheet.getDataRange().getValues();
  const top = grid.findIndex((r) => /^1\. Nội dung/.test(String(r[0])));
  const marks = grid.map((r, i) => (/^\d+\. Nội dung/.test(String(r[0])) ? i : -1)).filter((i) => i >= 0);
  let n = 0;
  const block = grid.slice(top, marks[4] + 1 + Math.max(want[4], sectionRows(grid, marks, 4))).map((r) => r.slice(0, 6));
  marks.forEach((h, s) => {
    for (let k = 0; k < want[s]; k++) {
      n++;
      block[h - top + 1 + k] = [`${k + 1}.`, `Mô hình ${s + 1}.${k + 1} của ${u.name}`, 'Vận động đoàn viên, hội viên cùng thực hiện; phối hợp với khu phố',
        k % 2 ? new Date(Date.UTC(2021, 4, 15 + (k % 10))) : 'Tháng 5 - 10/2021', `Hỗ trợ ${k + 3} hộ khó khăn; ${k + 1} công trình`, u.flawed && n === 10 ? '' : KINDS[k % 3]];
    }
  });
  sheet.getRange(top + 1, 1, block.length, 6).setValues(block);
}

/** Rows between heading s and the next heading (or, for the last, up to the footnote's blank row). */
function sectionRows(grid: unknown[][], headings: number[], s: number): number {
  if (s + 1 < headings.length) return headings[s + 1] - headings[s] - 1;
  let i = headings[s] + 1;
  while (i < grid.length && /^\d+\.$/.test(String(grid[i][0]).trim())) i++;
  return i - headings[s] - 1;
}

/** Cells the workbook holds, empty grid cells included (what the 10 M cap counts). */
export function cellCount(emu: RecordingEmulator): number {
  return emu.data.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
}
