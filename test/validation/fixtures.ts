import { parseCampaign, QUAN3_2021, type Campaign, type ColumnKey } from '../../src/core/campaign';
import type { RawEntry, SheetValue } from '../../src/core/unit-tab/entry';

export const campaign: Campaign = parseCampaign(QUAN3_2021);

export const unitOfType = (type: string) => campaign.units.find((u) => u.type === type)!;
export const ward = unitOfType('phuong');
export const department = unitOfType('phong-ban');
export const massOrganisation = unitOfType('mttq-doan-the');

/** A Sheets date cell: local midnight in Asia/Ho_Chi_Minh (UTC+7, no DST) is 17:00 UTC the day before. */
export const sheetDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

let nextRow = 12;
/** A filled, valid row under `content`; override any cell. */
export function entry(content: number, cells: Partial<Record<ColumnKey, SheetValue>> = {}, row?: number): RawEntry {
  return {
    content,
    row: row ?? nextRow++,
    cells: {
      stt: '1.',
      name: 'Mái ấm tình thương cho người già neo đơn',
      form: 'Vận động mạnh thường quân hỗ trợ sửa nhà',
      time: 'Đợt 1',
      expected: 'Sửa 02 căn nhà cho hộ nghèo',
      kind: 'mô hình mới',
      ...cells,
    },
  };
}

export const blank = (content: number, row: number, stt: SheetValue = ''): RawEntry => ({
  content,
  row,
  cells: { stt, name: '', form: '', time: '', expected: '', kind: '' },
});
