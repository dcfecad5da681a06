/**
 * The jobs that read Cấu hình anyway (Kiểm tra, the full summary) leave the campaign in the document
 * cache for the edit trigger, stamped with the config version (src/gas/campaign-cache). Cấu hình may
 * change while such a job runs: the coordinator edits it, and the edit trigger bumps the version in
 * another execution. The campaign must then be cached under the version it was read at, never under
 * the newer one, or every edit after it would keep the old Cấu hình until the entry expires (6 h).
 */
import { cellKey } from '../../src/local/emulator/model';
import { CONFIG_TAG } from '../../src/gas/edit-tags';
import { asUser, campaignWith, cell, firstRowOf, GOOD, OWNER, typeRows } from './world';

type Emu = ReturnType<typeof campaignWith>;

/** Row of the Phường quota of content 1 in Cấu hình (a min of 10 on a fresh campaign). */
function quotaRow(emu: Emu): number {
  const grid = asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getDataRange().getValues());
  const i = grid.findIndex((r) => r[0] === 'phuong' && r[3] === 1 && r[4] === 10);
  if (i < 0) throw new Error('no quota row for content 1 of phuong');
  return i + 1;
}

/**
 * Runs `job` and, right after its first read of Cấu hình's values, changes the quota to `min` and
 * bumps the config version, as the coordinator's edit of Cấu hình and its trigger would meanwhile.
 */
function changeQuotaDuring(emu: Emu, min: number, job: () => void, readOfConfig: RegExp): void {
  const row = quotaRow(emu);
  const config = emu.ctx.data.sheets.find((s) => s.name === 'Cấu hình')!;
  const record = emu.calls.record.bind(emu.calls);
  let state = 'before' as 'before' | 'read' | 'changed';
  emu.calls.record = (method: string) => {
    record(method);
    if (state === 'read') {
      config.cells.set(cellKey(row, 5), { ...config.cells.get(cellKey(row, 5)), value: min });
      // The bump as configChanged makes it: the hub's config tag gets a new value.
      const tag = emu.ctx.data.developerMetadata.find((m) => m.key === CONFIG_TAG && m.location.type === 'SPREADSHEET');
      if (!tag) throw new Error('the hub has no config tag');
      tag.value = 'changed-meanwhile';
      state = 'changed';
    } else if (state === 'before' && readOfConfig.test(method)) state = 'read';
  };
  try {
    job();
  } finally {
    emu.calls.record = record;
  }
  if (state !== 'changed') throw new Error('the job never read Cấu hình');
}

describe('Cấu hình changed while a job reads it for the edit cache', () => {
  it('Kiểm tra: the next edit shows the quota Cấu hình now holds, not the one Kiểm tra read', () => {
    const emu = campaignWith(12);
    changeQuotaDuring(emu, 5, () => emu.bundle!.call('checkUnits'), /^Range\.getValues$/);
    const row = firstRowOf(emu, 1);
    typeRows(emu, row, [GOOD]);
    expect(cell(emu, `A${row - 1}`).note).toMatch(/Còn thiếu 4\/5 công trình/);
  });

  it('the full summary: the same', () => {
    const emu = campaignWith(12);
    changeQuotaDuring(emu, 5, () => emu.bundle!.call('refreshSummary'), /^(Range\.getValues|Sheets\.Spreadsheets\.Values\.batchGet)$/);
    const row = firstRowOf(emu, 1);
    typeRows(emu, row, [GOOD]);
    expect(cell(emu, `A${row - 1}`).note).toMatch(/Còn thiếu 4\/5 công trình/);
  });
});
