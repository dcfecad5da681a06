/**
 * A hub edit reads no document properties: what it needs from them (the config version, the kept
 * summary sheet ids, whether a unit is pending) is in the hub's edit tags (src/gas/edit-tags.ts),
 * which the edit's one read brings, and the edit cache. These are the cases a user would notice
 * if a tag were wrong or missing: a pending unit left stale, a file from the previous version,
 * Tổng hợp deleted and made again.
 * Behaviours relied on (Google's reference):
 * - Spreadsheet.getDeveloperMetadata() gets the metadata of the top-level spreadsheet;
 *   addDeveloperMetadata(key, value) adds an entry there; DeveloperMetadata.setValue / remove
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - spreadsheets.getByDataFilter returns the spreadsheet's developerMetadata with the fields mask
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/getByDataFilter
 * - batchUpdate's deleteDeveloperMetadata removes every entry its dataFilter's developerMetadataLookup
 *   selects (here by metadataKey); the emulator refuses a lookup that selects nothing
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/DataFilter#DeveloperMetadataLookup
 * - LockService.getDocumentLock().tryLock(ms) returns false when another execution holds the lock
 *   https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { CONFIG_TAG, PENDING_TAG, SHEETS_TAG } from '../../src/gas/edit-tags';
import { fireRows, firstRowOf } from '../validation-gas/world';
import { asUser, call, campaignWith, fill, good, OWNER, unitTable, type Row } from './world';

/** A person's edit: rows typed under a content, then Sheets fires the edit triggers; the calls it made. */
function edit(emu: Emulator, tab: string, content: number, rows: Row[]): Record<string, number> {
  fill(emu, tab, content, rows);
  emu.calls.reset();
  const runs = fireRows(emu, firstRowOf(emu, content, tab), Math.max(rows.length, 1), OWNER, tab);
  for (const r of runs) expect(r.error).toBeUndefined();
  return emu.calls.snapshot();
}

const hubTags = (emu: Emulator, key: string) => emu.ctx.data.developerMetadata.filter((m) => m.key === key && m.location.type === 'SPREADSHEET');
const propsRead = (calls: Record<string, number>) => (calls['Properties.getProperties'] ?? 0) + (calls['Properties.getProperty'] ?? 0);
/** The properties read for the edit's own state (a Cấu hình read, after the version moved, looks up its anchor there too). */
const stateRead = (calls: Record<string, number>) => calls['Properties.getProperties'] ?? 0;
const prop = (emu: Emulator, key: string) => emu.properties.document.get(key);

describe('a hub edit and the hub\'s edit tags', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');

  it('the common edit reads no document properties and makes one read', () => {
    edit(emu, 'Phường 2', 1, [good('Bữa cơm 0 đồng')]);
    const calls = edit(emu, 'Phường 2', 1, [good('Bữa cơm 0 đồng'), good('Tủ bánh mì')]);
    expect(propsRead(calls)).toBe(0);
    expect(calls['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
    expect(unitTable(emu).get('Phường 2')!['Nội dung 1']).toBe(2);
    // Fixed-size tags, one entry each.
    expect([CONFIG_TAG, SHEETS_TAG].map((k) => hubTags(emu, k).length)).toEqual([1, 1]);
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(0);
  });

  it('an edit that could not get the lock leaves its unit pending; the next edit of another unit rebuilds it, then edits read no properties again', () => {
    emu.holdLock('document', emu.clock.now() + 60_000);
    edit(emu, 'Phường 4', 2, [good('Một cửa thân thiện')]);
    expect(prop(emu, 'dvk.summary.pending.Phường 4')).toBe('1');
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(1);
    expect(unitTable(emu).get('Phường 4')!['Nội dung 2']).toBe(0);
    emu.clock.advance(120_000);
    const calls = edit(emu, 'Phường 5', 1, [good('Hẻm xanh')]);
    expect(propsRead(calls)).toBeGreaterThan(0); // the flag said to look
    expect(unitTable(emu).get('Phường 4')!['Nội dung 2']).toBe(1);
    expect(unitTable(emu).get('Phường 5')!['Nội dung 1']).toBe(1);
    expect(prop(emu, 'dvk.summary.pending.Phường 4')).toBeUndefined();
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(0);
    expect(propsRead(edit(emu, 'Phường 10', 1, [good('Áo ấm mùa đông')]))).toBe(0);
  });

  it('a unit pending on its own is refreshed by its next edit, which takes the flag away', () => {
    emu.holdLock('document', emu.clock.now() + 60_000);
    edit(emu, 'Phường 11', 3, [good('Nồi cháo yêu thương')]);
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(1);
    emu.clock.advance(120_000);
    const calls = edit(emu, 'Phường 11', 3, [good('Nồi cháo yêu thương'), good('Tủ sách')]);
    // The flag went in the edit's one batchUpdate (deleteDeveloperMetadata by key): no look, no remove.
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect((calls['Spreadsheet.getDeveloperMetadata'] ?? 0) + (calls['DeveloperMetadata.remove'] ?? 0)).toBe(0);
    expect(unitTable(emu).get('Phường 11')!['Nội dung 3']).toBe(2);
    expect(prop(emu, 'dvk.summary.pending.Phường 11')).toBeUndefined();
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(0);
    expect(propsRead(edit(emu, 'Phường 12', 1, [good('Hẻm xanh')]))).toBe(0);
  });

  it('many edits deferred while the lock is held leave one pending entry (a bounded record), and the next edit refreshes every unit they left', () => {
    emu.holdLock('document', emu.clock.now() + 60_000);
    const deferred: [string, number, string][] = [['Phường 3', 1, 'Hẻm xanh'], ['Phường 9', 2, 'Tủ sách'], ['Phường 3', 3, 'Nồi cháo yêu thương'], ['Phường 9', 2, 'Tủ bánh mì']];
    for (const [tab, content, model] of deferred) {
      edit(emu, tab, content, [good(model)]);
      expect(hubTags(emu, PENDING_TAG)).toHaveLength(1);
    }
    for (const u of ['Phường 3', 'Phường 9']) expect(prop(emu, `dvk.summary.pending.${u}`)).toBe('1');
    emu.clock.advance(120_000);
    edit(emu, 'Phường 1', 1, [good('Áo ấm mùa đông')]);
    const t = unitTable(emu);
    expect([t.get('Phường 3')!['Nội dung 1'], t.get('Phường 3')!['Nội dung 3'], t.get('Phường 9')!['Nội dung 2'], t.get('Phường 1')!['Nội dung 1']]).toEqual([1, 1, 1, 1]);
    for (const u of ['Phường 3', 'Phường 9']) expect(prop(emu, `dvk.summary.pending.${u}`)).toBeUndefined();
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(0);
  });

  it('Tổng hợp deleted: the next edit makes it again, and the edit after it finds it by its new id, reading no properties', () => {
    const oldId = asUser(emu, OWNER, (ss) => { const s = ss.getSheetByName('Tổng hợp')!; const id = s.getSheetId(); ss.deleteSheet(s); return id; });
    edit(emu, 'Phường 13', 1, [good('Bữa cơm 0 đồng')]);
    const newId = asUser(emu, OWNER, (ss) => ss.getSheetByName('Tổng hợp')!.getSheetId());
    expect(newId).not.toBe(oldId);
    expect(unitTable(emu).get('Phường 13')!['Nội dung 1']).toBe(1);
    expect(JSON.parse(hubTags(emu, SHEETS_TAG)[0].value ?? '{}').summary).toBe(newId);
    const calls = edit(emu, 'Phường 14', 1, [good('Tủ bánh mì')]);
    expect(unitTable(emu).get('Phường 14')!['Nội dung 1']).toBe(1);
    expect(propsRead(calls)).toBe(0);
    expect(calls['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
  });
});

describe('the hourly rebuild (no document properties) and the pending flag', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');
  call(emu, 'enableSummaryAutoRefresh');
  const hourly = () => emu.run(OWNER, () => emu.bundle!.invoke('runScheduledJobs', [{}]), { hasUi: false, activeDocument: false });

  it('an edit made while the hourly rebuild holds the file waits as pending; the hourly run cannot clear it, so the next edit rebuilds it', () => {
    // The hourly rebuild's claim (schedule/lock), as it stands while that run reads the tabs.
    emu.ctx.data.developerMetadata.push({ id: 990101, key: 'dvk.claim', value: `${emu.clock.now() + 120_000} hourly`, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } });
    edit(emu, 'Phường 9', 2, [good('Tủ sách cộng đồng')]);
    expect(unitTable(emu).get('Phường 9')!['Nội dung 2']).toBe(0);
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(1);
    emu.ctx.data.developerMetadata = emu.ctx.data.developerMetadata.filter((m) => m.id !== 990101);
    emu.clock.advance(3_600_000);
    hourly();
    // It read the tab (the row is right) but not the properties: the mark and its flag stay.
    expect(unitTable(emu).get('Phường 9')!['Nội dung 2']).toBe(1);
    expect(prop(emu, 'dvk.summary.pending.Phường 9')).toBe('1');
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(1);
    const calls = edit(emu, 'Phường 10', 1, [good('Hẻm xanh')]);
    expect(propsRead(calls)).toBeGreaterThan(0);
    expect(prop(emu, 'dvk.summary.pending.Phường 9')).toBeUndefined();
    expect(hubTags(emu, PENDING_TAG)).toHaveLength(0);
    expect(unitTable(emu).get('Phường 10')!['Nội dung 1']).toBe(1);
    expect(propsRead(edit(emu, 'Phường 11', 1, [good('Hẻm xanh')]))).toBe(0);
  });
});

describe('a file from the previous version (no edit tags, the version and ids in the document properties)', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');
  emu.ctx.data.developerMetadata = emu.ctx.data.developerMetadata.filter((m) => m.key !== CONFIG_TAG && m.key !== SHEETS_TAG);
  emu.properties.document.set('dvk.config.version', 'from-the-previous-version');

  it('edits still refresh Tổng hợp, the first one adds the tags, and from the next one on the edit\'s state is read from them', () => {
    const first = edit(emu, 'Phường 3', 1, [good('Hẻm xanh')]);
    expect(propsRead(first)).toBeGreaterThan(0);
    expect(unitTable(emu).get('Phường 3')!['Nội dung 1']).toBe(1);
    expect([CONFIG_TAG, SHEETS_TAG].map((k) => hubTags(emu, k).length)).toEqual([1, 1]);
    // The tag's version is new to the cache: Cấu hình is read once more.
    const second = edit(emu, 'Phường 3', 1, [good('Hẻm xanh'), good('Tủ sách')]);
    expect(stateRead(second)).toBe(0);
    expect(unitTable(emu).get('Phường 3')!['Nội dung 1']).toBe(2);
    const third = edit(emu, 'Phường 3', 1, [good('Hẻm xanh')]);
    expect(propsRead(third)).toBe(0);
    expect(unitTable(emu).get('Phường 3')!['Nội dung 1']).toBe(1);
  });
});
