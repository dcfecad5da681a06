/** The results rules in core, on grids built from the template: what a unit or coordinator would see. */
import { formPrintArea, pdfExportUrl, printSteps, planResultsBlock, readStatus, readUnitResults, resultProblems, headerRowIndex, nextSeen, roundStatuses } from '../../src/core/results';
import type { SheetValue } from '../../src/core/unit-tab/entry';
import { CAMPAIGN, LAYOUT, firstRowOf } from './fixture';

function grid(rows: Record<number, SheetValue[]>, withBlock = true): SheetValue[][] {
  const g = LAYOUT.values.map((r) => [...r, '', '', ''] as SheetValue[]);
  if (withBlock) g[LAYOUT.headerRow - 1].splice(6, 3, 'Kết quả thực hiện', 'Tình trạng', 'Minh chứng');
  for (const [row, cells] of Object.entries(rows)) cells.forEach((v, i) => { g[Number(row) - 1][i + 1] = v; });
  return g;
}
const model = (name: string, time: string, result = '', status = '') => [name, 'Hình thức', time, 'Dự kiến', 'mô hình mới', result, status, ''];

describe('reading Tình trạng', () => {
  it.each([['Đã hoàn thành', 'done'], ['hoàn thành', 'done'], ['Đang thực hiện', 'ongoing'], ['KHONG THUC HIEN', 'dropped'], ['', null], ['có lẽ', null]])('%s → %s', (t, s) => {
    expect(readStatus(t)).toBe(s);
  });
});

describe('results validation', () => {
  const r1 = firstRowOf(1);
  const g = grid({ [r1]: model('A', 'Đợt 1'), [r1 + 1]: model('B', 'Đợt 2'), [r1 + 2]: model('C', 'Đợt 1', '', 'Không thực hiện'), [r1 + 3]: model('D', 'Đợt 1', 'x', 'xong rồi đó') });
  const models = readUnitResults(g, CAMPAIGN).models;

  it('before the report deadline only a dropped model without reason and an unreadable status are errors', () => {
    expect(resultProblems(CAMPAIGN, models, '2021-06-25').map((p) => [p.row, p.code])).toEqual([[r1 + 2, 'reason-missing'], [r1 + 3, 'status-unreadable']]);
  });

  it('the day after Đợt 1’s deadline the round-1 model without status or result is named, not the round-2 one', () => {
    const p = resultProblems(CAMPAIGN, models, '2021-06-26').filter((x) => x.row === r1);
    expect(p.map((x) => x.code)).toEqual(['status-missing', 'result-missing']);
    expect(p[0].message).toContain('25/06/2021');
    expect(resultProblems(CAMPAIGN, models, '2021-06-26').some((x) => x.row === r1 + 1)).toBe(false);
  });
});

describe('report status over a unit’s life', () => {
  const r1 = firstRowOf(1);
  const incomplete = readUnitResults(grid({ [r1]: model('A', 'Đợt 1') }), CAMPAIGN).models;
  const complete = readUnitResults(grid({ [r1]: model('A', 'Đợt 1', '100 suất', 'Đã hoàn thành') }), CAMPAIGN).models;

  it('complete when first seen after the deadline: reported (the add-on cannot prove it was late)', () => {
    const seen = nextSeen(CAMPAIGN, undefined, complete, new Date('2021-06-27T01:00:00Z'), '2021-06-27');
    expect(roundStatuses(CAMPAIGN, complete, seen, '2021-06-27')[0].status).toBe('reported');
  });

  it('seen incomplete after the deadline, complete later: late', () => {
    const s1 = nextSeen(CAMPAIGN, undefined, incomplete, new Date('2021-06-26T01:00:00Z'), '2021-06-26');
    expect(roundStatuses(CAMPAIGN, incomplete, s1, '2021-06-26')[0]).toMatchObject({ status: 'missing', missingRows: [r1] });
    const s2 = nextSeen(CAMPAIGN, s1, complete, new Date('2021-06-28T01:00:00Z'), '2021-06-28');
    expect(roundStatuses(CAMPAIGN, complete, s2, '2021-06-28')[0].status).toBe('late');
  });
});

describe('migration plan', () => {
  it('puts the block right of any used column and plans nothing when it is there', () => {
    const g = grid({}, false);
    g[20][7] = 'ghi chú riêng của đơn vị ở cột H';
    const h = headerRowIndex(g, CAMPAIGN);
    expect(planResultsBlock(g, h, 6)).toMatchObject({ firstColumn: 9, add: ['result', 'status', 'evidence'], statusColumn: 10 });
    expect(planResultsBlock(grid({}), h, 6).add).toEqual([]);
  });
});

describe('printing the form', () => {
  it('ends at the signature block, form columns only, A4 landscape; the letterhead (frozen rows) printed once, not on every page', () => {
    const area = formPrintArea(grid({}), CAMPAIGN.signature, 6, LAYOUT.headerRow);
    expect(area).toEqual({ lastRow: LAYOUT.numRows, lastColumn: 6, repeatRows: LAYOUT.headerRow });
    const url = pdfExportUrl('abc', 7, area);
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/abc\/export\?format=pdf&gid=7&size=A4&portrait=false&fitw=true/);
    expect(url).toContain(`fzr=false`);
    // The print dialog's steps say the same, and why the column headers print on the first page only.
    const steps = printSteps('Phường 9', area);
    expect(steps.join(' ')).toContain(`bỏ chọn “Lặp lại các hàng cố định” (Google Sheets chỉ lặp lại được toàn bộ ${LAYOUT.headerRow} hàng cố định, gồm cả phần đầu văn bản`);
    expect(steps.join(' ')).not.toMatch(/bật lặp lại|lặp lại 0 hàng/);
    // Báo cáo has no frozen rows to speak of: no "0 hàng".
    const report = printSteps('Báo cáo', { lastRow: 40, lastColumn: 9, repeatRows: 0 }).join(' ');
    expect(report).toContain('bỏ chọn “Lặp lại các hàng cố định”;');
    expect(report).not.toMatch(/\b0 hàng/);
    expect(url).toContain(`r2=${LAYOUT.numRows}&c2=6`);
  });
});
