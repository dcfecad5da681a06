/**
 * The district's compiled report (Báo cáo) as plain figures, from every unit's models and results:
 * per content and per unit type, per round, the units that registered late or not at all, and the
 * models a coordinator proposed for commendation.
 */
import type { Campaign, LocalDate, NoteKindKey, Unit } from '../campaign';
import { modelNameKey, noteKindLabel } from '../validation';
import { replicationFacts, type ReplicationFacts } from '../summary/replication';
import type { ResultStatus } from './columns';
import type { ModelResult } from './read';
import { registeredLate, roundStatuses, type UnitRoundStatus, type UnitSeen } from './report-status';

export interface UnitResults {
  unit: Unit;
  /** False when the unit has no tab yet (it registered nothing). */
  hasTab: boolean;
  models: ModelResult[];
  seen?: UnitSeen;
}

export interface Tally {
  label: string;
  registered: number;
  done: number;
  ongoing: number;
  dropped: number;
  /** No readable status yet. */
  unreported: number;
  moi: number;
  tiepTuc: number;
  nhanRong: number;
}

export interface RoundTally {
  round: number;
  name: string;
  reportDeadline: LocalDate;
  /** Units with models due in the round. */
  units: number;
  reported: number;
  late: number;
  missing: number;
  pending: number;
  modelsDue: number;
  modelsDone: number;
  /** Units whose round is past its deadline and not fully reported, and those reported late. */
  missingUnits: string[];
  lateUnits: string[];
  /** Units with no model due in the round: not done for its report deadline (nothing to report). */
  noModelUnits: string[];
  /** Units reported (on time or late) / units due, 0…1; null when no unit is due. */
  reportRate: number | null;
  /** Models "Đã hoàn thành" / models due, 0…1; null when none is due. */
  completionRate: number | null;
}

export interface ReportModel {
  unit: string;
  content: number;
  name: string;
  kind: NoteKindKey | null;
  status: ResultStatus | null;
  result: string;
  evidence: string;
  commended: boolean;
  /** The catalogue model it replicates ('' when none). */
  catalogue: string;
  /** Ticked "Đưa vào danh mục năm sau" in Báo cáo (meant for new models: candidates for next year's catalogue). */
  nextYear: boolean;
}

export interface UnitStatusLine {
  unit: string;
  type: string;
  models: number;
  registeredLate: boolean;
  rounds: UnitRoundStatus[];
}

export interface Report {
  today: LocalDate;
  byContent: Tally[];
  byUnitType: Tally[];
  total: Tally;
  rounds: RoundTally[];
  units: UnitStatusLine[];
  notRegistered: string[];
  registeredLate: string[];
  models: ReportModel[];
  commended: ReportModel[];
  /** Per catalogue model the units replicating it, and per unit the models it replicates. */
  replication: ReplicationFacts;
  /** Models ticked "Đưa vào danh mục năm sau". */
  nextYear: ReportModel[];
}

/** How a commendation tick is remembered across regenerations: the unit and the model's name. */
export const commendationKey = (unit: string, name: string): string => `${modelNameKey(unit)}\u0000${modelNameKey(name)}`;

const KIND_FIELD: Record<NoteKindKey, 'moi' | 'tiepTuc' | 'nhanRong'> = { moi: 'moi', 'tiep-tuc': 'tiepTuc', 'nhan-rong': 'nhanRong' };
const STATUS_FIELD: Record<ResultStatus, 'done' | 'ongoing' | 'dropped'> = { done: 'done', ongoing: 'ongoing', dropped: 'dropped' };

export function tally(label: string, models: readonly { kind: NoteKindKey | null; status: ResultStatus | null }[]): Tally {
  const t: Tally = { label, registered: 0, done: 0, ongoing: 0, dropped: 0, unreported: 0, moi: 0, tiepTuc: 0, nhanRong: 0 };
  for (const m of models) {
    t.registered++;
    if (m.status) t[STATUS_FIELD[m.status]]++;
    else t.unreported++;
    if (m.kind) t[KIND_FIELD[m.kind]]++;
  }
  return t;
}

const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function compileReport(c: Campaign, units: readonly UnitResults[], today: LocalDate, commended: ReadonlySet<string>,
  nextYear: ReadonlySet<string> = new Set()): Report {
  const models: ReportModel[] = [];
  const typeOf = new Map<string, string>();
  for (const u of units) {
    typeOf.set(u.unit.name, u.unit.type);
    for (const m of u.models) {
      models.push({ unit: u.unit.name, content: m.content, name: m.name, kind: m.kind, status: m.status, result: m.result,
        evidence: m.evidence, commended: commended.has(commendationKey(u.unit.name, m.name)), catalogue: m.catalogue,
        nextYear: nextYear.has(commendationKey(u.unit.name, m.name)) });
    }
  }
  const lines: UnitStatusLine[] = units.map((u) => ({
    unit: u.unit.name, type: u.unit.type, models: u.models.length,
    registeredLate: registeredLate(u.models, u.seen), rounds: roundStatuses(c, u.models, u.seen, today),
  }));
  return {
    today,
    byContent: c.contents.map((x) => tally(`${x.id}. ${x.title}`, models.filter((m) => m.content === x.id))),
    byUnitType: c.unitTypes.map((t) => tally(t.name, models.filter((m) => typeOf.get(m.unit) === t.id))),
    total: tally('Tổng cộng', models),
    rounds: roundTallies(c, lines),
    units: lines,
    notRegistered: lines.filter((l) => l.models === 0).map((l) => l.unit),
    registeredLate: lines.filter((l) => l.registeredLate).map((l) => l.unit),
    models,
    commended: models.filter((m) => m.commended),
    replication: replicationFacts(c, units.map((u) => ({ unit: u.unit.name,
      models: u.models.map((m) => ({ catalogue: m.catalogue, status: m.status, kind: m.kind ? noteKindLabel(c, m.kind) : '' })) }))),
    nextYear: models.filter((m) => m.nextYear),
  };
}

/** Per round, over units' round statuses (from compileReport, or read back from Tổng hợp rows). */
export function roundTallies(c: Campaign, lines: readonly { unit: string; rounds: readonly UnitRoundStatus[] }[]): RoundTally[] {
  return c.rounds.map((r) => {
    const all = lines.map((l) => ({ unit: l.unit, s: l.rounds.find((x) => x.round === r.id) }));
    const of = all.filter((x) => x.s && x.s.status !== 'none').map((x) => ({ unit: x.unit, ...x.s! }));
    const count = (s: string) => of.filter((x) => x.status === s).length;
    const modelsDue = of.reduce((n, x) => n + x.due, 0);
    const modelsDone = of.reduce((n, x) => n + x.done, 0);
    return { round: r.id, name: r.name, reportDeadline: r.reportDeadline, units: of.length, reported: count('reported'), late: count('late'),
      missing: count('missing'), pending: count('pending'), modelsDue, modelsDone,
      missingUnits: of.filter((x) => x.status === 'missing').map((x) => x.unit), lateUnits: of.filter((x) => x.status === 'late').map((x) => x.unit),
      noModelUnits: all.filter((x) => !x.s || x.s.status === 'none').map((x) => x.unit),
      reportRate: rate(count('reported') + count('late'), of.length), completionRate: rate(modelsDone, modelsDue) };
  });
}
