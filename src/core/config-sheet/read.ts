/**
 * The Cấu hình sheet (one getValues of the whole sheet) → Campaign. Tables are found by their
 * headings; every field remembers the cell it came from so a problem names it ("Cấu hình!C25: …").
 * A bad unit e-mail is dropped and reported for that unit, not fatal: the other units still get tabs.
 */
import * as z from 'zod/mini';
import { campaignProblems, EmailSchema, type Campaign } from '../campaign';
import { foldText } from '../unit-tab/read';
import { canonicalName } from '../names';
import { CHARS_PER_CELL } from '../google-limits';
import { a1 } from '../template/layout';
import { cellToLocalDate } from './dates';
import { ADVANCED_HEADING, CAMPAIGN_KEYS, CONFIG_SHEET_NAME, FORMER_CAMPAIGN_KEYS, OPTIONAL_TABLES, REMINDER_KEYS, TABLE, TABLE_ORDER, YES, type TableId } from './tables';

type Cell = unknown;
export interface UnitIssue { unit: string; message: string }
export interface ConfigRead {
  campaign?: Campaign;
  /** Fatal: the configuration cannot be used until fixed. */
  problems: string[];
  /** Per unit, not fatal (bad e-mails, which are left out). */
  unitIssues: UnitIssue[];
  /** About a cell that is read but does nothing (an older sheet's), said at the cell; absent when none. */
  notices?: string[];
}

export interface Row { row: number; cells: Cell[] }

const blank = (v: Cell) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const str = (v: Cell) => (blank(v) ? '' : String(v).trim());
const num = (v: Cell): unknown => (typeof v === 'number' ? v : blank(v) ? undefined : Number.isFinite(Number(str(v).replace(',', '.'))) ? Number(str(v).replace(',', '.')) : str(v));
const list = (v: Cell): string[] => str(v).split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);

export interface Split {
  tables: Partial<Record<TableId, Row[]>>;
  headingRows: Partial<Record<TableId, number>>;
  /** Tables whose first row under the heading is not their header row (deleted): never read as data. */
  headless: TableId[];
}

/** The sheet's tables, found by their headings (the one rule for it: the reader and migrate.ts use it). */
export function splitTables(grid: readonly (readonly Cell[])[]): Split {
  const byHeading = new Map(TABLE_ORDER.map((id) => [foldText(TABLE[id].heading), id]));
  const tables: Partial<Record<TableId, Row[]>> = {};
  const headingRows: Partial<Record<TableId, number>> = {};
  const headless: TableId[] = [];
  let current: TableId | null = null;
  let skipHeader = false;
  const advanced = foldText(ADVANCED_HEADING.split(' – ')[0]);
  grid.forEach((cells, i) => {
    const onlyA = cells.slice(1).every(blank);
    // The ADVANCED heading is no table: it ends the one above it (whose rows it would otherwise join).
    if (onlyA && foldText(cells[0]).startsWith(advanced)) {
      if (current && skipHeader) headless.push(current);
      current = null; skipHeader = false;
      return;
    }
    const id = onlyA ? byHeading.get(foldText(cells[0])) : undefined;
    if (id && !tables[id]) {
      if (current && skipHeader) headless.push(current); // an empty table whose header went too
      current = id; tables[id] = []; headingRows[id] = i + 1; skipHeader = true;
      return;
    }
    if (!current || cells.every(blank)) return;
    if (skipHeader) {
      skipHeader = false;
      // Skipping a data row as if it were the header would silently drop a unit, a round, a quota.
      if (foldText(cells[0]) !== foldText(TABLE[current].headers[0])) headless.push(current);
      else return;
    }
    tables[current]!.push({ row: i + 1, cells: [...cells] });
  });
  if (current && skipHeader) headless.push(current);
  return { tables, headingRows, headless };
}

export function readConfigGrid(grid: readonly (readonly Cell[])[], timeZoneFallback = 'Asia/Ho_Chi_Minh'): ConfigRead {
  // A cell Google could not hold (a file made elsewhere) is refused where it is, never cut silently.
  const tooLong = grid.flatMap((r, i) => r.flatMap((v, j) => (typeof v === 'string' && v.length > CHARS_PER_CELL
    ? [`${CONFIG_SHEET_NAME}!${a1(i + 1, j + 1)}: ô dài ${v.length} ký tự, quá ${CHARS_PER_CELL} ký tự một ô của Google Sheets; hãy rút gọn.`] : [])));
  if (tooLong.length) return { problems: tooLong, unitIssues: [] };
  const { tables, headingRows, headless } = splitTables(grid);
  const refs = new Map<string, string>();
  const ref = (path: string, row: number, col: number) => refs.set(path, `${CONFIG_SHEET_NAME}!${a1(row, col)}`);
  const problems: string[] = [];
  for (const id of TABLE_ORDER) {
    if (!tables[id] && OPTIONAL_TABLES.has(id)) tables[id] = [];
    else if (!tables[id]) problems.push(`${CONFIG_SHEET_NAME}: không tìm thấy bảng “${TABLE[id].heading}”.`);
    else refs.set(id, `${CONFIG_SHEET_NAME}!${a1(headingRows[id]!, 1)}`);
  }
  for (const id of headless) {
    problems.push(`${CONFIG_SHEET_NAME}!${a1(headingRows[id]! + 1, 1)}: bảng “${TABLE[id].heading}” thiếu dòng tiêu đề (${TABLE[id].headers.map((h) => `“${h}”`).join(', ')}); hãy chèn lại dòng tiêu đề ngay dưới dòng “${TABLE[id].heading}” để không dòng nào của bảng bị bỏ sót.`);
  }
  if (problems.length) return { problems, unitIssues: [] };
  const t = tables as Record<TableId, Row[]>;

  const input: Record<string, unknown> = { titleLines: [] as string[] };
  const campaignFields = [...Object.entries(CAMPAIGN_KEYS), ...FORMER_CAMPAIGN_KEYS.map(([label, field]) => [field, label])]
    .map(([field, label]) => [foldText(label), field] as const);
  const fieldOf = new Map(campaignFields);
  // Technical fields sit in Thiết lập kỹ thuật; a sheet written before it has them in Chiến dịch: both read alike.
  for (const r of [...t.campaign, ...t.advanced]) {
    const field = fieldOf.get(foldText(r.cells[0]));
    if (!field) { problems.push(`${CONFIG_SHEET_NAME}!${a1(r.row, 1)}: mục “${str(r.cells[0])}” không rõ.`); continue; }
    if (field === 'titleLines') {
      const lines = input.titleLines as string[];
      ref(`titleLines[${lines.length}]`, r.row, 2);
      lines.push(str(r.cells[1]));
    } else {
      ref(field, r.row, 2);
      input[field] = field === 'year' || field === 'rowsPerContent' || field === 'tabsPerFile' ? num(r.cells[1]) : str(r.cells[1]);
    }
  }
  let tz = typeof input.timeZone === 'string' && input.timeZone ? input.timeZone : timeZoneFallback;
  if (!isTimeZone(tz)) {
    problems.push(`${refs.get('timeZone') ?? CONFIG_SHEET_NAME}: múi giờ “${tz}” không có; hãy ghi tên múi giờ, ví dụ Asia/Ho_Chi_Minh.`);
    tz = timeZoneFallback; // so the dates below are still read and their own problems reported
  }

  input.contents = t.contents.map((r, i) => {
    ref(`contents[${i}].id`, r.row, 1); ref(`contents[${i}].title`, r.row, 2);
    return { id: num(r.cells[0]), title: str(r.cells[1]), targets: str(r.cells[2]).split('\n').map((s) => s.trim()).filter(Boolean) };
  });
  input.columns = t.columns.map((r, i) => {
    ['key', 'header', 'width', 'maxLength'].forEach((f, j) => ref(`columns[${i}].${f}`, r.row, j + 1));
    const maxLength = num(r.cells[3]);
    return { key: str(r.cells[0]), header: str(r.cells[1]), width: num(r.cells[2]), ...(maxLength === undefined ? {} : { maxLength }) };
  });
  input.noteKinds = t.noteKinds.map((r, i) => {
    ['key', 'label', 'aliases'].forEach((f, j) => ref(`noteKinds[${i}].${f}`, r.row, j + 1));
    return { key: str(r.cells[0]), label: str(r.cells[1]), aliases: list(r.cells[2]) };
  });
  input.rounds = t.rounds.map((r, i) => {
    const fields = ['id', 'name', 'start', 'end', 'registrationDeadline', 'reportDeadline'];
    fields.forEach((f, j) => ref(`rounds[${i}].${f}`, r.row, j + 1));
    return { id: num(r.cells[0]), name: str(r.cells[1]), start: cellToLocalDate(r.cells[2], tz), end: cellToLocalDate(r.cells[3], tz),
      registrationDeadline: cellToLocalDate(r.cells[4], tz), reportDeadline: cellToLocalDate(r.cells[5], tz) };
  });
  const types = t.unitTypes.map((r, i) => {
    ref(`unitTypes[${i}].id`, r.row, 1); ref(`unitTypes[${i}].name`, r.row, 2);
    return { id: str(r.cells[0]), name: str(r.cells[1]), quotas: [] as Record<string, unknown>[] };
  });
  input.unitTypes = types;
  for (const r of t.quotas) {
    const ti = types.findIndex((x) => foldText(x.id) === foldText(r.cells[0]));
    if (ti < 0) { problems.push(`${CONFIG_SHEET_NAME}!${a1(r.row, 1)}: loại đơn vị “${str(r.cells[0])}” không có trong bảng Loại đơn vị.`); continue; }
    const qi = types[ti].quotas.length;
    ['', 'id', 'label', 'content', 'min'].forEach((f, j) => f && ref(`unitTypes[${ti}].quotas[${qi}].${f}`, r.row, j + 1));
    const content = num(r.cells[3]);
    types[ti].quotas.push({ id: str(r.cells[1]), label: str(r.cells[2]), content: content === undefined ? null : content, min: num(r.cells[4]) });
  }
  input.coordinators = t.coordinators.map((r, i) => { ref(`coordinators[${i}]`, r.row, 1); return str(r.cells[0]); });
  const notices: string[] = [];
  input.reminders = readReminders(t.reminders, ref, problems, notices);
  input.catalogue = t.catalogue.map((r, i) => {
    ['name', 'content', 'origin', 'continued', 'aliases', 'description'].forEach((f, j) => ref(`catalogue[${i}].${f}`, r.row, j + 1));
    return { name: str(r.cells[0]), content: num(r.cells[1]), origin: str(r.cells[2]), continued: r.cells[3] === true || foldText(r.cells[3]) === foldText(YES),
      aliases: list(r.cells[4]), description: str(r.cells[5]) };
  });
  const unitIssues: UnitIssue[] = [];
  // A row left with only its formal name (the unit's name, type and e-mails cleared) is a unit removed, said at the cell.
  const unitRows = t.units.filter((r) => {
    const leftover = r.cells.slice(0, 3).every(blank);
    if (leftover) unitIssues.push({ unit: str(r.cells[3]), message: `${CONFIG_SHEET_NAME}!${a1(r.row, 4)}: có tên chính thức nhưng chưa có tên đơn vị; dòng này được bỏ qua.` });
    return !leftover;
  });
  input.units = unitRows.map((r, i) => {
    ['name', 'type', 'emails', 'formalName', 'group'].forEach((f, j) => ref(`units[${i}].${f}`, r.row, j + 1));
    // The name as every comparison sees it, so a twin typed in NFD or with a zero-width character is caught as a duplicate.
    const name = canonicalName(str(r.cells[0]));
    const typed = str(r.cells[1]);
    const type = types.find((x) => foldText(x.id) === foldText(typed) || foldText(x.name) === foldText(typed))?.id ?? typed;
    const emails: string[] = [];
    for (const e of list(r.cells[2])) {
      if (z.safeParse(EmailSchema, e).success) emails.push(e.toLowerCase());
      else unitIssues.push({ unit: name, message: `${CONFIG_SHEET_NAME}!${a1(r.row, 3)}: “${e}” không phải địa chỉ e-mail hợp lệ (đã bỏ qua).` });
    }
    const formalName = str(r.cells[3]);
    const group = str(r.cells[4]);
    return { name, type, emails, ...(formalName ? { formalName } : {}), ...(group ? { group } : {}) };
  });

  if (problems.length) return { problems, unitIssues };
  const parsed = campaignProblems(input);
  if (parsed.campaign) return { campaign: parsed.campaign, problems: [], unitIssues, ...(notices.length ? { notices } : {}) };
  return { problems: parsed.problems.map((p) => locate(p, refs)), unitIssues };
}

/** A time zone the runtime knows (Intl throws a RangeError, in English, for any other name). */
function isTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; }
}

function readReminders(rows: Row[], ref: (path: string, row: number, col: number) => void, problems: string[], notices: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fieldOf = new Map(Object.entries(REMINDER_KEYS).map(([field, label]) => [foldText(label), field]));
  for (const r of rows) {
    const field = fieldOf.get(foldText(r.cells[0]));
    if (!field) { problems.push(`${CONFIG_SHEET_NAME}!${a1(r.row, 1)}: mục “${str(r.cells[0])}” không rõ.`); continue; }
    ref(`reminders.${field}`, r.row, 2);
    const v = r.cells[1];
    if (field === 'enabled') {
      // An older sheet's switch: the sidebar's is what turns reminders on, so this cell is said to do nothing.
      out.enabled = v === true || foldText(v) === foldText(YES);
      notices.push(`${CONFIG_SHEET_NAME}!${a1(r.row, 2)}: ô này không còn tác dụng; bật hoặc tắt nhắc hạn bằng công tắc “Nhắc hạn” trong thanh bên. Có thể xóa dòng này.`);
    }
    else if (field === 'hour') out.hour = num(v);
    else out[field] = typeof v === 'number' ? [v] : list(v).map(num);
  }
  return out;
}

/** "units[3].emails[0]: message" → "Cấu hình!C40: message", by the longest recorded path prefix. */
function locate(problem: string, refs: Map<string, string>): string {
  const at = problem.indexOf(': ');
  let path = problem.slice(0, at);
  const message = problem.slice(at + 2);
  while (path) {
    const cell = refs.get(path);
    if (cell) return `${cell}: ${message}`;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return `${CONFIG_SHEET_NAME}: ${message}`;
}


/** The Người tổng hợp e-mails alone, read leniently: who may act even when Cấu hình has errors. */
export function coordinatorsIn(grid: readonly (readonly Cell[])[]): string[] {
  const rows = splitTables(grid).tables.coordinators ?? [];
  return rows.map((r) => str(r.cells[0]).toLowerCase()).filter((e) => z.safeParse(EmailSchema, e).success);
}
