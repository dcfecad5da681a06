/** The campaign as the Cấu hình sheet says now: one getValues, parsed by core. */
import type { Campaign } from '../../core/campaign';
import { readConfigGrid, type ConfigRead } from '../../core/config-sheet';
import { CONFIG_LOST, recogniseConfig, recogniseTemplate } from './recognise-roles';
import { KEY, sheetsByMetadata } from './tracking';
import { readLayout, type FileLayout } from './file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CampaignSource {
  config: Sheet | null;
  template: Sheet | null;
  grid: unknown[][];
  read?: ConfigRead;
  /** Role sheets found by their content, not by tracking (a file that lost it): setup adopts them. */
  recognised?: { config?: Sheet; template?: Sheet; notes: { sheet?: Sheet; message: string }[] };
  /** Why there is no Cấu hình in a file that had one (recognise-roles CONFIG_LOST): said instead of "not initialised". */
  lost?: string;
  /** The file's layout the roles were found in (file-layout.ts): the job's later reads reuse it. */
  layout?: FileLayout | null;
}

export function loadCampaignSource(ss: Spreadsheet, layout: FileLayout | null = readLayout(ss)): CampaignSource {
  const [config, template] = sheetsByMetadata(ss, [KEY.config, KEY.template], layout);
  if (!config) return recognisedSource(ss, template);
  const grid = config.getDataRange().getValues();
  return { config, template, grid, read: readConfigGrid(grid, ss.getSpreadsheetTimeZone()), layout };
}

/** No tracked Cấu hình: the untracked sheets that are recognisably Cấu hình and Mẫu đăng ký (recognise-roles.ts). */
function recognisedSource(ss: Spreadsheet, trackedTemplate: Sheet | null): CampaignSource {
  const { found, note, candidates } = recogniseConfig(ss);
  if (!found) return { config: null, template: trackedTemplate, grid: [], ...(note ? { recognised: { notes: [{ message: note }] } } : {}), ...(note === CONFIG_LOST ? { lost: note } : {}) };
  const notes: { sheet?: Sheet; message: string }[] = [{ sheet: found.sheet, message: found.note }];
  let template = trackedTemplate;
  if (!template && found.read.campaign) {
    const t = recogniseTemplate(ss, found.read.campaign, candidates, found.sheet);
    template = t.sheet ?? null;
    if (t.note) notes.push({ ...(t.sheet ? { sheet: t.sheet } : {}), message: t.note });
  }
  const recognised = { config: found.sheet, ...(template && template !== trackedTemplate ? { template } : {}), notes };
  return { config: found.sheet, template, grid: found.grid, read: found.read, recognised };
}

export const NOT_INITIALIZED = 'Chưa khởi tạo chiến dịch: bấm “Khởi tạo chiến dịch” trước.';

/** The campaign Cấu hình describes, or the error a coordinator reads: no Cấu hình yet, or its problems and what they stop (`stopped`). */
export function campaignOrThrow({ config, read, lost }: CampaignSource, stopped: string): Campaign {
  if (!config) throw new Error(lost ?? NOT_INITIALIZED);
  return campaignOfRead(read, stopped);
}

/** The campaign of a Cấu hình that was found and read, or its problems and what they stop. */
export function campaignOfRead(read: ConfigRead | undefined, stopped: string): Campaign {
  if (!read?.campaign) throw new Error(`Cấu hình có lỗi, ${stopped}:\n- ${read?.problems.join('\n- ')}`);
  return read.campaign;
}
