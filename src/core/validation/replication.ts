/**
 * A "nhân rộng" row replicates a model of the catalogue (Danh mục mô hình): each is linked from
 * what the unit typed (core/catalogue match), never by rewriting it. An unlinked row is a warning
 * suggesting the closest names; a source unit written beside it ("nhân rộng từ Phường 9") is
 * checked against the model's originating unit; a unit "replicating" its own model is told to
 * write "tiếp tục thực hiện". A campaign without a catalogue checks none of this.
 */
import type { Campaign, Unit } from '../campaign/schema';
import { matchCatalogue, modelLabel } from '../catalogue/match';
import { sameName } from '../names';
import { noteKindLabel } from './note-kind';
import { cellProblem, type Problem } from './problem';
import type { CheckedEntry } from './row-rules';

/** Links every "nhân rộng" row of `entries` (sets `catalogue`) and returns the rows' problems. */
export function linkReplications(c: Campaign, entries: CheckedEntry[]): Problem[] {
  if (c.catalogue.length === 0) return [];
  const problems: Problem[] = [];
  const add = (e: CheckedEntry, code: Problem['code'], text: string) => {
    e.warnings++;
    problems.push(cellProblem(c, e.row, 'kind', 'warning', code, text));
  };
  for (const e of entries) {
    if (e.kind?.kind !== 'nhan-rong' || e.name === '') continue;
    const m = matchCatalogue(c, e.content, e.name, e.kind.detail ?? '');
    e.catalogue = m;
    const replicated = noteKindLabel(c, 'nhan-rong');
    if (m.model === null) {
      const names = m.suggestions.map((i) => modelLabel(c.catalogue[i]));
      const ask = names.length ? ` Có phải là ${names.join(', ')}?` : '';
      add(e, 'catalogue-unmatched', `ghi “${replicated}” nhưng không tìm thấy mô hình được nhân rộng trong Danh mục mô hình.${ask} `
        + `Hãy ghi tên mô hình như trong danh mục (ở Tên mô hình hoặc Ghi chú); nếu là mô hình của đơn vị, hãy ghi “${noteKindLabel(c, 'moi')}”.`);
      continue;
    }
    const model = c.catalogue[m.model];
    if (m.source && model.origin && !sameName(m.source, model.origin)) {
      add(e, 'catalogue-source', `mô hình “${model.name}” trong Danh mục mô hình là của ${model.origin}, không phải của ${m.source}; hãy kiểm tra lại.`);
    }
  }
  return problems;
}

/** Rows replicating a model the unit itself originated: the plan's "tiếp tục thực hiện". */
export function ownModelProblems(c: Campaign, unit: Unit, entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const i = e.catalogue?.model;
    if (i === undefined || i === null || !sameName(c.catalogue[i].origin, unit.name)) continue;
    e.warnings++;
    problems.push(cellProblem(c, e.row, 'kind', 'warning', 'catalogue-own',
      `${modelLabel(c.catalogue[i])} là mô hình của chính đơn vị trong Danh mục mô hình; hãy ghi “${noteKindLabel(c, 'tiep-tuc')}” thay cho “${noteKindLabel(c, 'nhan-rong')}”.`));
  }
  return problems;
}
