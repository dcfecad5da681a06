/** Saving replaces the workbook in one step: a failure part-way leaves the previous file intact. */
import { promises as fs, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { newSheetData } from '../../src/local/emulator/model';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import { everyPropertyWorkbook } from './fixture';

describe('writeWorkbook', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-atomic-'));
  const file = path.join(dir, 'campaign.xlsx');

  beforeEach(async () => { await writeWorkbook(everyPropertyWorkbook(), file); });
  afterEach(() => jest.restoreAllMocks());

  it('leaves the old file intact and no temporary file when building the workbook throws', async () => {
    const before = await fs.readFile(file);
    const bad = everyPropertyWorkbook();
    bad.sheets.push(newSheetData(99, 'bad/name?')); // Excel forbids / and ? in sheet names: exceljs throws
    await expect(writeWorkbook(bad, file)).rejects.toThrow();
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['campaign.xlsx']);
  });

  it('leaves the old file intact when the disk write fails half-way', async () => {
    const before = await fs.readFile(file);
    const realWrite = fs.writeFile;
    jest.spyOn(fs, 'writeFile').mockImplementation(async (target, bytes) => {
      await realWrite(target, (bytes as Uint8Array).subarray(0, 100)); // half a file, then the disk is full
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    await expect(writeWorkbook({ ...everyPropertyWorkbook(), name: 'changed' }, file)).rejects.toThrow('ENOSPC');
    expect((await fs.readFile(file)).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['campaign.xlsx']);
    expect((await readWorkbook(file)).name).toBe('Dân vận khéo 2021 - Quận 3');
  });

  it('replaces the file when all goes well', async () => {
    await writeWorkbook({ ...everyPropertyWorkbook(), name: 'Năm 2022' }, file);
    expect((await readWorkbook(file)).name).toBe('Năm 2022');
    expect(readdirSync(dir)).toEqual(['campaign.xlsx']);
  });
});
