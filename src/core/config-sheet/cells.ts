/**
 * Where a Cấu hình problem is: the reader starts each located message with its cell
 * ("Cấu hình!C25: …"), so the add-on can also write it at that cell, where the coordinator fixes it.
 */
import type { ConfigRead } from './read';
import { CONFIG_SHEET_NAME } from './tables';

export interface ConfigCellProblem { row: number; column: number; message: string }

const AT = new RegExp(`^${CONFIG_SHEET_NAME}!([A-Z]+)(\\d+): ([\\s\\S]*)$`);

/** Problems, unit issues and notices that name a cell, with the cell as row and column (1-based); the rest (a missing table) name none. */
export function configCellProblems(read: Pick<ConfigRead, 'problems' | 'unitIssues' | 'notices'>): ConfigCellProblem[] {
  return [...read.problems, ...read.unitIssues.map((u) => u.message), ...read.notices ?? []].flatMap((m) => {
    const at = AT.exec(m);
    if (!at) return [];
    const column = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [{ row: Number(at[2]), column, message: at[3] }];
  });
}
