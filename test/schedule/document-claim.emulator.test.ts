/**
 * One summary or reminders job at a time per spreadsheet, the hourly run included. The script lock
 * is one for every user of the add-on (https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock():
 * "prevents any user from concurrently running a section of code"), and the document lock is null
 * without a containing document, as in a time-driven add-on trigger (…#getDocumentLock()); both
 * pinned in test/emulator/services-lock-triggers.test.ts. So each job claims the file (a
 * developer-metadata tag, set under the script lock held for that check only).
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { call, campaignWith, fill, good, OWNER, sheetIdOf, unitTable } from '../summary/world';
import { fireRows, firstRowOf } from '../validation-gas/world';

const refreshTab = (emu: Emulator, sheetId: number) => emu.run(OWNER, () => emu.bundle!.invoke('refreshUnitTab_', [sheetId]));
const hourly = (emu: Emulator) => emu.run(OWNER, () => emu.bundle!.invoke('runScheduledJobs', [{}]), { hasUi: false, activeDocument: false });
/** What the hourly rebuild of this file leaves while it runs: its claim, expiring at `untilMs`. */
const hourlyRunning = (emu: Emulator, untilMs: number) =>
  emu.ctx.data.developerMetadata.push({ id: 990001, key: 'dvk.claim', value: `${untilMs} hourly`, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } });

describe('the hourly rebuild and an edit\'s refresh of one file exclude each other', () => {
  const emu = campaignWith(12);
  call(emu, 'refreshSummary');
  call(emu, 'enableSummaryAutoRefresh');

  it('while the hourly rebuild of this file runs, an edit\'s refresh writes nothing and leaves the unit pending', () => {
    hourlyRunning(emu, emu.clock.now() + 120_000);
    fill(emu, 'Phường 4', 2, [good('Một cửa thân thiện')]);
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 4'))).toBe('pending');
    expect(unitTable(emu).get('Phường 4')!['Nội dung 2']).toBe(0);
  });

  it('while it runs, a unit\'s edit through the coordinator\'s trigger still gets its marks, but writes nothing to Tổng hợp: the unit waits as pending', () => {
    fill(emu, 'Phường 9', 2, [good('Tủ sách cộng đồng'), ['', '', 'tháng 13', '', '']]);
    const runs = fireRows(emu, firstRowOf(emu, 2, 'Phường 9'), 2, OWNER, 'Phường 9');
    expect(runs.map((r) => [r.handler, r.error])).toEqual([['onEditInstalled', undefined]]);
    const tab = emu.ctx.data.sheets.find((x) => x.name === 'Phường 9')!;
    expect([...tab.cells.values()].some((cell) => (cell.note ?? '').includes('Dân vận khéo'))).toBe(true);
    expect(unitTable(emu).get('Phường 9')!['Nội dung 2']).toBe(0);
    expect(emu.run(OWNER, () => (emu.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().getProperty('dvk.summary.pending.Phường 9'))).toBe('1');
  });

  it('the hourly run finds the file claimed by another run and waits for the next hour', () => {
    expect(hourly(emu)).toEqual([{ id: emu.ctx.data.id, summary: 'busy' }]);
  });

  it('a claim left by a run that died lapses after 6 minutes; the next refresh repairs the pending unit', () => {
    emu.clock.advance(6 * 60_000);
    expect(refreshTab(emu, sheetIdOf(emu, 'Phường 5'))).toBe('rebuilt');
    expect(unitTable(emu).get('Phường 4')!['Nội dung 2']).toBe(1);
    expect(unitTable(emu).get('Phường 9')!['Nội dung 2']).toBe(1);
    expect(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.claim')).toEqual([]);
  });

  it('another file\'s job holds the script lock only to claim its file: this file\'s hourly run waits seconds, not the job', () => {
    emu.holdLock('script', emu.clock.now() + 2_000);
    expect(hourly(emu)).toEqual([{ id: emu.ctx.data.id, summary: 'rebuilt' }]);
    expect(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.claim')).toEqual([]);
  });
});
