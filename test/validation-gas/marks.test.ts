/**
 * planMarks: which notes and fills a re-check writes. A note the unit wrote is theirs; the add-on
 * owns only the part starting with its prefix. Fills are reset only where they are the add-on's.
 * Range.getBackgrounds returns '#ffffff' for a cell without fill; setBackgrounds accepts null to
 * reset one: https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
 */
import { MARK_COLORS, MARK_PREFIX, markNote, ownNote, planMarks } from '../../src/gas/validation/marks';

const WHITE = '#ffffff';
const block = (notes: string[][], backgrounds: string[][]) => ({ top: 11, left: 1, notes, backgrounds });

it('marks a cell with one note per problem and the colour of the worst one', () => {
  const plan = planMarks(block([['', '']], [[WHITE, WHITE]]), [
    { row: 11, column: 2, severity: 'warning', messages: ['trùng tên'] },
    { row: 11, column: 2, severity: 'error', messages: ['còn trống'] },
  ]);
  expect(plan.notes).toEqual([['', `${MARK_PREFIX}\n- trùng tên\n- còn trống`]]);
  expect(plan.backgrounds).toEqual([[WHITE, MARK_COLORS.error]]);
  expect(plan).toMatchObject({ notesChanged: true, backgroundsChanged: true });
});

it('keeps the unit’s own note, fill and section colours; clears only the add-on’s marks', () => {
  const own = 'Phối hợp với Hội Cựu chiến binh';
  const plan = planMarks(block(
    [[`${own}\n\n${markNote(['cũ'])}`, markNote(['cũ']), 'ghi chú riêng']],
    [['#fff2cc', MARK_COLORS.warning, '#00ff00']],
  ), []);
  expect(plan.notes).toEqual([[own, '', 'ghi chú riêng']]);
  expect(plan.backgrounds).toEqual([['#fff2cc', null, '#00ff00']]);
});

it('writes nothing when the marks are already right (a second run changes nothing)', () => {
  const marks = [{ row: 12, column: 1, severity: 'error' as const, messages: ['sai ngày'] }];
  const first = planMarks(block([[''], ['']], [[WHITE], [WHITE]]), marks);
  const again = planMarks(block(first.notes, first.backgrounds.map((r) => r.map((c) => c ?? WHITE))), marks);
  expect(again).toMatchObject({ notesChanged: false, backgroundsChanged: false });
});

it('a note-only mark (a section heading) keeps the heading’s fill', () => {
  const plan = planMarks(block([['']], [['#fff2cc']]), [{ row: 11, column: 1, severity: 'error', messages: ['thiếu'], noteOnly: true }]);
  expect(plan.backgrounds).toEqual([['#fff2cc']]);
  expect(ownNote(plan.notes[0][0])).toBe('');
});
