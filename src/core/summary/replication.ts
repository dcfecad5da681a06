/**
 * Who replicates which model of the catalogue (Danh mục mô hình), from the units' summaries (the
 * same read as the rest of Tổng hợp): per model its originating unit, the units that registered
 * it as "nhân rộng" with each one's results status, and the models nobody has taken up; per unit
 * how many catalogue models it replicates and its "nhân rộng" rows no model was found for. Serves
 * the Nhân rộng sheet, Báo cáo and `dvk report --json`.
 */
import type { Campaign, CatalogueModel } from '../campaign/schema';
import { STATUS_LABELS, type ResultStatus } from '../results/columns';
import type { ModelRow, Moment } from './types';
import { literal } from './grid';

export const REPLICATION_SHEET_NAME = 'Nhân rộng';

export interface Replicator {
  unit: string;
  /** The unit's rows replicating the model: their results status (null: not reported yet). */
  statuses: (ResultStatus | null)[];
}

export interface ModelReplication {
  model: CatalogueModel;
  replicators: Replicator[];
}

export interface UnitReplication {
  unit: string;
  /** Catalogue models the unit replicates, by name, in catalogue order. */
  models: string[];
  /** "nhân rộng" rows linked to no catalogue model. */
  unmatched: number;
}

export interface ReplicationFacts {
  models: ModelReplication[];
  units: UnitReplication[];
}

/** A unit's models as the summary (UnitSummary) and the report both hold them; `kind` is the Ghi chú label. */
export interface ReplicationInput {
  unit: string;
  models: readonly Pick<ModelRow, 'catalogue' | 'status' | 'kind'>[];
}

export function replicationFacts(c: Campaign, units: readonly ReplicationInput[]): ReplicationFacts {
  const byName = new Map(c.catalogue.map((m) => [m.name, { model: m, replicators: [] as Replicator[] }]));
  const unitsOut: UnitReplication[] = [];
  const replicated = c.noteKinds.find((k) => k.key === 'nhan-rong')!.label;
  for (const u of units) {
    const mine = new Map<string, Replicator>();
    let unmatched = 0;
    for (const row of u.models) {
      if (!row.catalogue) { if (row.kind === replicated) unmatched++; continue; }
      let r = mine.get(row.catalogue);
      if (!r) { r = { unit: u.unit, statuses: [] }; mine.set(row.catalogue, r); byName.get(row.catalogue)?.replicators.push(r); }
      r.statuses.push(row.status);
    }
    const models = c.catalogue.filter((m) => mine.has(m.name)).map((m) => m.name);
    if (models.length || unmatched) unitsOut.push({ unit: u.unit, models, unmatched });
  }
  return { models: [...byName.values()], units: unitsOut };
}

/** "Phường 2 (Đã hoàn thành)", "Phường 5 (chưa báo cáo)": a replicator with its rows' results. */
export function replicatorText(r: Replicator): string {
  const states = [...new Set(r.statuses.map((s) => (s ? STATUS_LABELS[s] : 'chưa báo cáo')))];
  return `${r.unit} (${states.join(', ')})`;
}

export const REPLICATION_COLUMNS = ['Nội dung', 'Mô hình', 'Đơn vị thực hiện (mô hình gốc)', 'Đã nhân rộng năm trước', 'Số đơn vị nhân rộng',
  'Đơn vị nhân rộng (tình trạng kết quả)', 'Đã hoàn thành', 'Đang thực hiện', 'Không thực hiện', 'Chưa báo cáo'];
const UNIT_COLUMNS = ['Đơn vị', 'Số mô hình trong danh mục được nhân rộng', 'Mô hình', 'Dòng “nhân rộng” chưa xác định được mô hình'];

type Grid = (string | number)[][];

/** The Nhân rộng sheet: a title block, one row per catalogue model, then one row per unit that replicates. */
export function replicationGrid(c: Campaign, facts: ReplicationFacts, now: Moment): Grid {
  const count = (m: ModelReplication, s: ResultStatus | null) => m.replicators.reduce((n, r) => n + r.statuses.filter((x) => x === s).length, 0);
  const untaken = facts.models.filter((m) => m.replicators.length === 0);
  const grid: Grid = [
    [`TÌNH HÌNH NHÂN RỘNG CÁC MÔ HÌNH HIỆU QUẢ NĂM ${c.year}`],
    [`Cập nhật lúc ${now.stamp}`],
    [literal(`${facts.models.length - untaken.length}/${facts.models.length} mô hình trong Danh mục mô hình đã có đơn vị nhân rộng; chưa có đơn vị nhân rộng: ${untaken.map((m) => m.model.name).join('; ') || 'không có'}.`)],
    [],
    REPLICATION_COLUMNS,
    ...facts.models.map((m) => [m.model.content, literal(m.model.name), literal(m.model.origin), m.model.continued ? 'Có' : 'Không', m.replicators.length,
      literal(m.replicators.map(replicatorText).join('; ')), count(m, 'done'), count(m, 'ongoing'), count(m, 'dropped'), count(m, null)]),
    [],
    UNIT_COLUMNS,
    ...facts.units.map((u) => [literal(u.unit), u.models.length, literal(u.models.join('; ')), u.unmatched]),
  ];
  return grid;
}
