/**
 * The Báo cáo sheet as a grid, regenerated on demand, and the reading back of the coordinator's
 * "Đề xuất khen thưởng" ticks from its model list (Phụ lục) before it is rewritten.
 */
import type { Campaign } from '../campaign';
import { formatVnDate } from '../dates';
import { foldText } from '../unit-tab/read';
import { STATUS_LABELS, type ResultStatus } from './columns';
import { replicatorText } from '../summary/replication';
import { commendationKey, type Report, type Tally } from './compile';
import { ROUND_STATUS_LABELS } from './report-status';

export const REPORT_SHEET_NAME = 'Báo cáo';
export const COMMEND_HEADER = 'Đề xuất khen thưởng';
export const NEXT_YEAR_HEADER = 'Đưa vào danh mục năm sau';
export const REPORT_COLUMNS = 9;
const ANNEX_HEADERS = ['Đơn vị', 'Nội dung', 'Tên mô hình', 'Ghi chú', 'Tình trạng', 'Kết quả thực hiện', 'Minh chứng', COMMEND_HEADER, NEXT_YEAR_HEADER] as const;
const UNIT_COLUMN = 0;
const NAME_COLUMN = 2;
const COMMEND_COLUMN = 7;
const NEXT_YEAR_COLUMN = 8;

export type Cell = string | number | boolean;

export interface ReportSheet {
  values: Cell[][];
  /** 1-based rows printed bold: titles and table headers. */
  boldRows: number[];
  /** The model list: its rows and the checkbox columns (1-based). */
  annex: { headerRow: number; firstRow: number; numRows: number; commendColumn: number; nextYearColumn: number };
}

const pct = (r: number | null): string => (r === null ? '—' : `${Math.round(r * 100)}%`);

export function buildReportSheet(c: Campaign, r: Report, generatedAt: string): ReportSheet {
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const push = (cells: Cell[], isBold = false) => {
    rows.push(cells);
    if (isBold) bold.push(rows.length);
  };
  const kinds = Object.fromEntries(c.noteKinds.map((k) => [k.key, k.label])) as Record<string, string>;
  push([`BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM ${c.year}`], true);
  push([`${c.coordinatorBody} tổng hợp, cập nhật lúc ${generatedAt}. Trang này được tạo lại mỗi lần bấm “Tạo báo cáo”; chỉ cột “${COMMEND_HEADER}” ở Phụ lục được giữ lại.`]);
  push([]);
  const tallyHeader = ['', 'Số mô hình đăng ký', STATUS_LABELS.done, STATUS_LABELS.ongoing, STATUS_LABELS.dropped, 'Chưa báo cáo', kinds.moi, kinds['tiep-tuc'], kinds['nhan-rong']];
  const tallyRow = (t: Tally): Cell[] => [t.label, t.registered, t.done, t.ongoing, t.dropped, t.unreported, t.moi, t.tiepTuc, t.nhanRong];
  push(['I. Theo nội dung'], true);
  push(['Nội dung', ...tallyHeader.slice(1)], true);
  r.byContent.forEach((t) => push(tallyRow(t)));
  push(tallyRow(r.total), true);
  push([]);
  push(['II. Theo loại đơn vị'], true);
  push(['Loại đơn vị', ...tallyHeader.slice(1)], true);
  r.byUnitType.forEach((t) => push(tallyRow(t)));
  push(tallyRow(r.total), true);
  push([]);
  push(['III. Báo cáo kết quả theo đợt'], true);
  push(['Đợt', 'Hạn báo cáo', 'Đơn vị phải báo cáo', ROUND_STATUS_LABELS.reported, ROUND_STATUS_LABELS.late, ROUND_STATUS_LABELS.missing, ROUND_STATUS_LABELS.pending, 'Tỷ lệ báo cáo', 'Tỷ lệ hoàn thành'], true);
  r.rounds.forEach((x) => push([x.name, formatVnDate(x.reportDeadline), x.units, x.reported, x.late, x.missing, x.pending, pct(x.reportRate), pct(x.completionRate)]));
  // Who to chase, by name: the same units Tổng hợp's alerts and the reminders name (core/progress).
  const names = (xs: string[]) => xs.join('; ');
  r.rounds.forEach((x) => {
    if (x.missingUnits.length) push([`${x.name}: ${ROUND_STATUS_LABELS.missing.toLocaleLowerCase('vi')}`, names(x.missingUnits)]);
    if (x.lateUnits.length) push([`${x.name}: ${ROUND_STATUS_LABELS.late.toLocaleLowerCase('vi')}`, names(x.lateUnits)]);
  });
  push([]);
  push(['IV. Đơn vị đăng ký trễ hoặc chưa đăng ký'], true);
  push(['Chưa đăng ký', r.notRegistered.length ? r.notRegistered.join('; ') : 'Không có']);
  push(['Đăng ký trễ', r.registeredLate.length ? r.registeredLate.join('; ') : 'Không có']);
  push([]);
  push(['V. Mô hình đề xuất khen thưởng'], true);
  push(['STT', 'Đơn vị', 'Tên mô hình', 'Nội dung', 'Tình trạng', 'Kết quả thực hiện'], true);
  if (r.commended.length === 0) push(['', `Chưa có mô hình nào được đánh dấu ở cột “${COMMEND_HEADER}” (Phụ lục).`]);
  r.commended.forEach((m, i) => push([i + 1, m.unit, m.name, m.content, m.status ? STATUS_LABELS[m.status] : '', m.result]));
  push([]);
  replicationSection(r, push);
  push([]);
  push(['VII. Mô hình mới đề xuất đưa vào danh mục năm sau'], true);
  push(['STT', 'Đơn vị', 'Tên mô hình', 'Nội dung', 'Tình trạng', 'Kết quả thực hiện'], true);
  if (r.nextYear.length === 0) push(['', `Chưa có mô hình nào được đánh dấu ở cột “${NEXT_YEAR_HEADER}” (Phụ lục).`]);
  r.nextYear.forEach((m, i) => push([i + 1, m.unit, m.name, m.content, m.status ? STATUS_LABELS[m.status] : '', m.result]));
  push([]);
  push([`Phụ lục: danh sách mô hình (người tổng hợp đánh dấu cột “${COMMEND_HEADER}” và, với mô hình mới, “${NEXT_YEAR_HEADER}”)`], true);
  push([...ANNEX_HEADERS], true);
  const headerRow = rows.length;
  r.models.forEach((m) => push([m.unit, m.content, m.name, m.kind ? kinds[m.kind] : '', m.status ? STATUS_LABELS[m.status] : '', m.result, m.evidence, m.commended, m.nextYear]));
  const values = rows.map((row) => Array.from({ length: REPORT_COLUMNS }, (_, i) => row[i] ?? ''));
  return { values, boldRows: bold,
    annex: { headerRow, firstRow: headerRow + 1, numRows: r.models.length, commendColumn: COMMEND_COLUMN + 1, nextYearColumn: NEXT_YEAR_COLUMN + 1 } };
}

/** VI: the catalogue models replicated most widely first, with who and with what results; then those nobody took up. */
function replicationSection(r: Report, push: (cells: Cell[], bold?: boolean) => void): void {
  const models = r.replication.models;
  if (models.length === 0) return;
  push(['VI. Nhân rộng các mô hình hiệu quả'], true);
  push(['STT', 'Mô hình', 'Đơn vị thực hiện', 'Số đơn vị nhân rộng', 'Đơn vị nhân rộng (tình trạng kết quả)', STATUS_LABELS.done, STATUS_LABELS.ongoing, STATUS_LABELS.dropped, 'Chưa báo cáo'], true);
  const taken = models.filter((m) => m.replicators.length > 0).sort((a, b) => b.replicators.length - a.replicators.length);
  const count = (m: (typeof models)[number], s: ResultStatus | null) => m.replicators.reduce((n, x) => n + x.statuses.filter((y) => y === s).length, 0);
  taken.forEach((m, i) => push([i + 1, m.model.name, m.model.origin, m.replicators.length, m.replicators.map(replicatorText).join('; '),
    count(m, 'done'), count(m, 'ongoing'), count(m, 'dropped'), count(m, null)]));
  const untaken = models.filter((m) => m.replicators.length === 0).map((m) => m.model.name);
  push(['Chưa có đơn vị nhân rộng', untaken.length ? untaken.join('; ') : 'Không có']);
}

const ticked = (v: unknown): boolean => v === true || (typeof v === 'string' && ['true', 'x', 'co', '1'].includes(foldText(v)));

/** The ticks of a Báo cáo grid already on the sheet, keyed by unit and model name. */
export function readCommendations(grid: readonly (readonly unknown[])[]): Set<string> {
  return readTicks(grid).commended;
}

/** The Phụ lục's models ticked "Đưa vào danh mục năm sau": next year's catalogue candidates. */
export function tickedCandidates(grid: readonly (readonly unknown[])[]): { unit: string; content: number; name: string }[] {
  const h = grid.findIndex((row) => foldText(row[UNIT_COLUMN]) === foldText(ANNEX_HEADERS[0]) && foldText(row[NEXT_YEAR_COLUMN]) === foldText(NEXT_YEAR_HEADER));
  if (h < 0) return [];
  return grid.slice(h + 1)
    .filter((row) => String(row[UNIT_COLUMN] ?? '').trim() && Number(row[1]) > 0 && String(row[NAME_COLUMN] ?? '').trim() && ticked(row[NEXT_YEAR_COLUMN]))
    .map((row) => ({ unit: String(row[UNIT_COLUMN]).trim(), content: Number(row[1]), name: String(row[NAME_COLUMN]).trim() }));
}

/** Both tick columns of the Phụ lục ("Đưa vào danh mục năm sau" is absent from a Báo cáo made before it). */
export function readTicks(grid: readonly (readonly unknown[])[]): { commended: Set<string>; nextYear: Set<string> } {
  const out = { commended: new Set<string>(), nextYear: new Set<string>() };
  const h = grid.findIndex((row) => foldText(row[UNIT_COLUMN]) === foldText(ANNEX_HEADERS[0]) && foldText(row[COMMEND_COLUMN]) === foldText(COMMEND_HEADER));
  if (h < 0) return out;
  const hasNextYear = foldText(grid[h][NEXT_YEAR_COLUMN]) === foldText(NEXT_YEAR_HEADER);
  for (const row of grid.slice(h + 1)) {
    const unit = String(row[UNIT_COLUMN] ?? '').trim();
    const key = commendationKey(unit, String(row[NAME_COLUMN] ?? ''));
    if (unit && ticked(row[COMMEND_COLUMN])) out.commended.add(key);
    if (unit && hasNextYear && ticked(row[NEXT_YEAR_COLUMN])) out.nextYear.add(key);
  }
  return out;
}
