/**
 * addResultsColumns(): "Thêm cột báo cáo kết quả". Adds the results block to Mẫu đăng ký (so new
 * tabs have it) and to every unit tab that lacks it. Idempotent: a second run changes nothing.
 */
import { explainingNotManager } from '../setup/protect';
import { withDocumentLock } from '../setup/lock';
import { readTracking } from '../setup/tracking';
import { addResultsBlock } from './add-results-block';
import { coordinatorCampaign } from './campaign-for-coordinator';

export interface AddResultsColumnsResult {
  /** Tabs given the block by this run, by name. */
  changed: string[];
  /** Tabs that already had it. */
  unchanged: number;
  message: string;
}

export function addResultsColumns(): AddResultsColumnsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return explainingNotManager(ss, () => withDocumentLock(() => ensureResultsBlocks(ss, coordinatorCampaign(ss, 'thêm cột báo cáo kết quả'))));
}

export function ensureResultsBlocks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, { c, src }: ReturnType<typeof coordinatorCampaign>): AddResultsColumnsResult {
  const sheets = [...(src.template ? [src.template] : []), ...readTracking(ss).unitTabs.map((t) => t.sheet)];
  const added = sheets.filter((s) => addResultsBlock(s, c));
  const changed = added.map((s) => s.getName());
  const unchanged = sheets.length - changed.length;
  // The template is not a unit's tab: "vào 33 tab" for 32 units read as one too many.
  const units = added.filter((s) => s !== src.template).length;
  const where = [units ? `${units} trang tính đơn vị` : '', added.length > units ? 'Mẫu đăng ký' : ''].filter(Boolean).join(' và ');
  const message = changed.length
    ? `Đã thêm cột Kết quả thực hiện, Tình trạng, Minh chứng vào ${where}; dữ liệu đăng ký giữ nguyên.`
    : 'Mọi trang tính đã có cột báo cáo kết quả; không thay đổi gì.';
  return { changed, unchanged, message };
}
