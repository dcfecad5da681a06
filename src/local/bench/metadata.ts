/**
 * Developer metadata after both rounds' deadlines: each refresh after a deadline records lateness,
 * the record that once grew in metadata. The benchmark reports the largest location (the
 * spreadsheet, or one sheet with its rows and columns) against Google's 30,000 characters
 * (src/local/emulator/spreadsheet/limits.ts); the target keeps 3× headroom.
 */
import { parseCampaign, QUAN3_2021 } from '../../core/campaign';
import { MAX_METADATA_CHARS_PER_LOCATION, metadataUsage } from '../emulator/spreadsheet/limits';
import type { RecordingEmulator } from './recorder';
import { benchEmulator, benchUnits, writeUnitList } from './workbook';

export interface MetadataFigure {
  units: number;
  /** Characters at the largest location, and which it is. */
  chars: number;
  where: string;
  limit: number;
  note?: string;
}

/** The day after each deadline of the campaign's rounds, in order (the campaign's own dates). */
function afterDeadlines(): string[] {
  const days = parseCampaign(QUAN3_2021).rounds.flatMap((r) => [r.registrationDeadline, r.reportDeadline]);
  return [...new Set(days.map(String))].sort().map((d) => new Date(Date.parse(`${d}T09:00:00+07:00`) + 86_400_000).toISOString());
}

/** Runs the rebuild, the report and the day's reminders once after every deadline, then measures. */
export function metadataAfterDeadlines(emu: RecordingEmulator, units: number, note?: string): MetadataFigure {
  for (const at of afterDeadlines()) {
    emu.clock.set(at);
    emu.bundle!.call('refreshSummary');
    emu.bundle!.call('generateReport');
    emu.bundle!.call('runRemindersNow');
  }
  let chars = 0;
  let where = 'none';
  for (const [loc, n] of metadataUsage(emu.ctx.data)) {
    if (n <= chars) continue;
    chars = n;
    where = loc === 'spreadsheet' ? 'spreadsheet' : `sheet “${emu.ctx.data.sheets.find((s) => s.id === loc)?.name}”`;
  }
  return { units, chars, where, limit: MAX_METADATA_CHARS_PER_LOCATION, ...(note ? { note } : {}) };
}

/** `n` units typed into Cấu hình in one file; setup is tried (it refuses past 200 sheets) and lateness is recorded either way. */
export function metadataAtUnits(n: number, codePath?: string): MetadataFigure {
  const units = benchUnits(n);
  const emu = benchEmulator(units, codePath);
  emu.bundle!.call('initCampaign');
  writeUnitList(emu, units);
  emu.bundle!.call('setRemindersEnabled', true);
  let note: string | undefined;
  try {
    for (let i = 0; i < 40 && !(emu.bundle!.call('setupUnitTabs') as { finished?: boolean }).finished; i++);
  } catch (e) {
    note = `no unit tabs: ${e instanceof Error ? e.message : String(e)}`;
  }
  return metadataAfterDeadlines(emu, n, note);
}
