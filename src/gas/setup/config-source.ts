/** The campaign as the Cấu hình sheet says now: one getValues, parsed by core. */
import type { Campaign } from '../../core/campaign';
import { readConfigGrid, type ConfigRead } from '../../core/config-sheet';
import { KEY, sheetsByMetadata } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CampaignSource {
  config: Sheet | null;
  template: Sheet | null;
  grid: unknown[][];
  read?: ConfigRead;
}

export function loadCampaignSource(ss: Spreadsheet): CampaignSource {
  const [config, template] = sheetsByMetadata(ss, [KEY.config, KEY.template]);
  if (!config) return { config, template, grid: [] };
  const grid = config.getDataRange().getValues();
  return { config, template, grid, read: readConfigGrid(grid, ss.getSpreadsheetTimeZone()) };
}

export const NOT_INITIALIZED = 'Chưa khởi tạo chiến dịch: bấm “Khởi tạo chiến dịch” trước.';

/** The campaign Cấu hình describes, or the error a coordinator reads: no Cấu hình yet, or its problems and what they stop (`stopped`). */
export function campaignOrThrow(config: Sheet | null, read: ConfigRead | undefined, stopped: string): Campaign {
  if (!config) throw new Error(NOT_INITIALIZED);
  if (!read?.campaign) throw new Error(`Cấu hình có lỗi, ${stopped}:\n- ${read?.problems.join('\n- ')}`);
  return read.campaign;
}
