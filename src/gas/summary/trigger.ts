/**
 * Whether the hourly rebuild is on for this spreadsheet, and who turned it on: developer metadata
 * on the spreadsheet, which the hourly trigger can read after openById and every coordinator's
 * dashboard sees. The rebuild itself runs from the user's one scheduled trigger (../schedule).
 */
import { readDocState, writeDocState } from '../schedule/doc-state';
import type { FileLayout } from '../setup/file-layout';

export const SUMMARY_AUTO_KEY = 'dvk.summary.auto';

export interface SummaryAuto {
  enabled: boolean;
  by?: string;
  since?: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadSummaryAuto(ss: Spreadsheet, layout?: FileLayout | null): SummaryAuto {
  const v = readDocState<SummaryAuto>(ss, SUMMARY_AUTO_KEY, layout);
  return v && typeof v.enabled === 'boolean' ? v : { enabled: false };
}

export function saveSummaryAuto(ss: Spreadsheet, s: SummaryAuto): void {
  writeDocState(ss, SUMMARY_AUTO_KEY, s);
}
