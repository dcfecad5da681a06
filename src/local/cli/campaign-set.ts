/**
 * A campaign over several spreadsheets as files: the hub's .xlsx and, beside it, one .xlsx per
 * member workbook, named after the member ("Sổ đăng ký – … .xlsx"). The hub's member records (its
 * Dữ liệu tiện ích sheet) say which files belong; each is opened into the emulator's Drive under its
 * own id, so the bundle's openById finds it, and every file of the Drive is written back beside the
 * hub. A member file that is missing stays missing: the add-on then reports it by name.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { SpreadsheetData } from '../emulator/model';
import { loadWorkbook, saveWorkbook, type Session } from './workbook';

/**
 * A member's file name: its title with the characters file systems refuse replaced; a long title
 * (file names hold 255 bytes, Vietnamese letters take up to 3) is cut and the file's id added, so
 * two members whose titles differ only past the cut never share a file.
 */
export function memberFileName(name: string, id: string): string {
  const safe = name.replace(/[\\/:*?"<>|]/g, '-');
  return safe.length <= 70 ? `${safe}.xlsx` : `${safe.slice(0, 60).trimEnd()}… ${id.replace(/[^\w-]/g, '-')}.xlsx`;
}

/** The member records of the hub's state sheet, read from the file's data as the add-on wrote them. */
export function memberRecordsOf(hub: SpreadsheetData): { id: string; name: string }[] {
  const tag = hub.developerMetadata.find((m) => m.key === 'dvk.state' && m.location.type === 'SPREADSHEET');
  const sheet = tag && hub.sheets.find((s) => s.id === Number(tag.value));
  if (!sheet) return [];
  const out: { id: string; name: string }[] = [];
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(':').map(Number);
    if (col !== 1 || !String(cell.value).startsWith('member:')) continue;
    try {
      const m = JSON.parse(String(sheet.cells.get(`${row}:2`)?.value ?? '')) as { id?: string; name?: string };
      if (m.id && m.name) out.push({ id: m.id, name: m.name });
    } catch { /* not a record the add-on wrote */ }
  }
  return out;
}

/** Opens the hub's members found beside `hubFile` into the session's Drive; returns those missing. */
export async function openMembersBeside(s: Session, hubFile: string): Promise<string[]> {
  const missing: string[] = [];
  for (const m of memberRecordsOf(s.data)) {
    const file = path.join(path.dirname(hubFile), memberFileName(m.name, m.id));
    if (!existsSync(file)) { missing.push(file); continue; }
    const data = await loadWorkbook(file);
    if (data.id !== m.id) { missing.push(file); continue; }
    if (!s.emu.files.has(data.id)) s.emu.addFile(data);
  }
  return missing;
}

/** Writes every member of the session's Drive beside `hubTarget`; returns the paths written. */
export async function saveMembersBeside(s: Session, hubTarget: string): Promise<string[]> {
  const written: string[] = [];
  for (const data of s.emu.files.values()) {
    if (data === s.data) continue;
    const file = path.join(path.dirname(hubTarget), memberFileName(data.name, data.id));
    await saveWorkbook(data, file);
    written.push(file);
  }
  return written;
}
