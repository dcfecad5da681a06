/**
 * A unit tab's models with their results, from the grid already read (one getValues per tab).
 * The registration part is read by core/unit-tab and checked by core/validation; this adds the
 * results block's cells of the same rows.
 */
import type { Campaign, NoteKindKey } from '../campaign';
import type { SheetValue } from '../unit-tab/entry';
import { foldText, readUnitTab, type UnitTabRead } from '../unit-tab/read';
import { checkRows, type CheckedEntry } from '../validation';
import { readStatus, resultColumns, type ResultKey, type ResultStatus } from './columns';

export interface ModelResult {
  /** 1-based sheet row. */
  row: number;
  content: number;
  name: string;
  kind: NoteKindKey | null;
  /** Rounds the model's results are due in: those its time overlaps, else the last round. */
  dueRounds: number[];
  result: string;
  /** null when empty or unreadable (statusText tells which). */
  status: ResultStatus | null;
  statusText: string;
  evidence: string;
  /** The catalogue model a "nhân rộng" row replicates (core/validation's link); '' when none. */
  catalogue: string;
}

export interface UnitResultsRead {
  unitName: string;
  /** 1-based row of the column headers; 0 when not found. */
  headerRow: number;
  /** 1-based sheet column of each results column; 0 when the tab has no results block yet. */
  columns: Record<ResultKey, number>;
  models: ModelResult[];
}

const text = (v: SheetValue | undefined): string => (v === undefined || v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

export function headerRowIndex(grid: readonly (readonly SheetValue[])[], c: Campaign): number {
  const headers = c.columns.map((col) => foldText(col.header));
  return grid.findIndex((row) => {
    const cells = new Set(row.map(foldText));
    return headers.filter((h) => cells.has(h)).length >= 3;
  });
}

/**
 * Models are rows with a model name that are not repeats of an earlier row: what a person counts
 * as "registered". A row still in error elsewhere (a bad time) is registered all the same.
 */
export function readUnitResults(grid: readonly (readonly SheetValue[])[], c: Campaign,
  done?: { tab: UnitTabRead; entries: readonly CheckedEntry[] }): UnitResultsRead {
  // `done`: the tab as the caller read and checked it already (Kiểm tra): read and checked once, not twice.
  const tab = done?.tab ?? readUnitTab(grid, c);
  const h = headerRowIndex(grid, c);
  const at = resultColumns(h >= 0 ? grid[h] : []);
  const lastRound = c.rounds[c.rounds.length - 1].id;
  const checked = done?.entries ?? checkRows(c, tab.entries).entries;
  const models = checked.filter((e) => e.name !== '' && e.duplicateOf === undefined).map((e): ModelResult => {
    const row = grid[e.row - 1] ?? [];
    const cell = (k: ResultKey) => (at[k] >= 0 ? text(row[at[k]]) : '');
    const statusText = cell('status');
    return {
      row: e.row, content: e.content, name: e.name, kind: e.kind?.kind ?? null,
      dueRounds: e.rounds.length ? [...e.rounds] : [lastRound],
      result: cell('result'), status: readStatus(statusText), statusText, evidence: cell('evidence'),
      catalogue: typeof e.catalogue?.model === 'number' ? c.catalogue[e.catalogue.model].name : '',
    };
  });
  const col = (k: ResultKey) => (at[k] >= 0 ? at[k] + 1 : 0);
  return { unitName: tab.unitName, headerRow: h + 1, columns: { result: col('result'), status: col('status'), evidence: col('evidence') }, models };
}

/** A model is reported once it has a readable status and a result (for "Không thực hiện": the reason). */
export const isReported = (m: ModelResult): boolean => m.status !== null && m.result !== '';
