/**
 * A campaign walked through both rounds of 2021 on the emulator, through the built bundle: four
 * units register (one after the deadline), report, some late; the coordinator regenerates the report.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildTemplateLayout } from '../../src/core/template';
import type { Emulator } from '../../src/local/emulator/emulator';
import { asUser, emulator, OWNER, setupUntilFinished, type SS } from '../setup/helpers';

export const CAMPAIGN = parseCampaign(QUAN3_2021);
export const LAYOUT = buildTemplateLayout(CAMPAIGN);
export const firstRowOf = (content: number) => LAYOUT.sections.find((s) => s.content === content)!.firstRow;
/** Results columns land right of the six form columns on a fresh tab. */
export const RESULT_COL = { result: 7, status: 8, evidence: 9 } as const;

export function at(emu: Emulator, isoDay: string, hour = 9): void {
  emu.clock.set(`${isoDay}T${String(hour).padStart(2, '0')}:00:00+07:00`);
}

export function tab(ss: SS, name: string) {
  const s = ss.getSheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

/** name, form, time, expected, kind of one row, written in one setValues. */
export function register(emu: Emulator, unit: string, content: number, index: number, name: string, time: string, kind = 'mô hình mới'): number {
  const row = firstRowOf(content) + index;
  asUser(emu, OWNER, (ss) => tab(ss, unit).getRange(row, 2, 1, 5).setValues([[name, 'Tổ chức tại địa bàn', time, '100 hộ được hỗ trợ', kind]]));
  return row;
}

export function report(emu: Emulator, unit: string, row: number, status: string, result: string, evidence = ''): void {
  asUser(emu, OWNER, (ss) => tab(ss, unit).getRange(row, RESULT_COL.result, 1, 3).setValues([[result, status, evidence]]));
}

export function setUp(): Emulator {
  const emu = emulator();
  at(emu, '2021-05-07', 8);
  emu.bundle!.call('initCampaign');
  setupUntilFinished(emu);
  return emu;
}

export interface Rows { p1a: number; p1b: number; p1c: number; qd1: number; qd2: number; tp1: number; p2a?: number }

/** Registrations before the deadline of 18/05 (Phường 2 registers late, see the walk). */
export function registerOnTime(emu: Emulator): Rows {
  at(emu, '2021-05-10');
  return {
    p1a: register(emu, 'Phường 1', 1, 0, 'Bữa cơm nghĩa tình', 'Đợt 1'),
    p1b: register(emu, 'Phường 1', 1, 1, 'Tủ bánh mì 0 đồng', 'Tháng 5 - 9/2021', 'tiếp tục thực hiện'),
    p1c: register(emu, 'Phường 1', 3, 0, 'Hẻm xanh sạch đẹp', 'Đợt 2', 'nhân rộng'),
    qd1: register(emu, 'Quận Đoàn 3', 1, 0, 'Ngày thứ bảy tình nguyện', 'Đợt 1'),
    qd2: register(emu, 'Quận Đoàn 3', 1, 1, 'Tiếp sức mùa thi', 'Đợt 1', 'tiếp tục thực hiện'),
    tp1: register(emu, 'Phòng Tư pháp', 2, 0, 'Một cửa không giấy tờ', 'Đợt 1'),
  };
}

export interface Generated {
  report: {
    total: Record<string, number | string>;
    byContent: Record<string, number | string>[];
    byUnitType: Record<string, number | string>[];
    rounds: { round: number; units: number; reported: number; late: number; missing: number; pending: number; completionRate: number | null; reportRate: number | null }[];
    units: { unit: string; rounds: { round: number; status: string; missingRows: number[] }[] }[];
    notRegistered: string[];
    registeredLate: string[];
    commended: { unit: string; name: string }[];
    models: { unit: string; name: string; status: string | null }[];
  };
  sheetName: string;
  message: string;
}

export const generate = (emu: Emulator): Generated => emu.bundle!.call('generateReport') as Generated;
