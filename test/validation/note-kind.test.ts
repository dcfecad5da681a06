/** Ghi chú: "ghi rõ mô hình được tiếp tục thực hiện; được nhân rộng hoặc mô hình mới" (the form's footnote). */
import fc from 'fast-check';
import { normalizeNoteKind, noteKindLabel, acceptedNoteKinds } from '../../src/core/validation/note-kind';
import { campaign } from './fixtures';
import type { NoteKindKey } from '../../src/core/campaign';

const read: Array<[string, NoteKindKey, string | undefined]> = [
  ['mới', 'moi', undefined],
  ['Mới', 'moi', undefined],
  ['MỚI', 'moi', undefined],
  ['moi', 'moi', undefined],
  ['MH mới', 'moi', undefined],
  ['Mô hình mới', 'moi', undefined],
  ['mo hinh moi', 'moi', undefined],
  ['Mô hình mới năm 2021', 'moi', 'năm 2021'],
  ['tiếp tục', 'tiep-tuc', undefined],
  ['Tiếp tục thực hiện', 'tiep-tuc', undefined],
  ['Tiếp tục thực hiện năm 2020', 'tiep-tuc', 'năm 2020'],
  ['TIEP TUC THUC HIEN', 'tiep-tuc', undefined],
  ['Tiep tục', 'tiep-tuc', undefined],
  ['Duy trì', 'tiep-tuc', undefined],
  ['Mô hình tiếp tục (từ năm 2019)', 'tiep-tuc', 'từ năm 2019'],
  ['nhân rộng', 'nhan-rong', undefined],
  ['nhân rộng từ Phường 9', 'nhan-rong', 'từ Phường 9'],
  ['Nhân rộng mô hình của Hội LHPN', 'nhan-rong', 'mô hình của Hội LHPN'],
  ['Được nhân rộng', 'nhan-rong', undefined],
  ['nhan rong: tu Phuong 8', 'nhan-rong', 'tu Phuong 8'],
  ['  - Nhân   rộng  ', 'nhan-rong', undefined],
  ['Nha\u0302n ro\u0323\u0302ng', 'nhan-rong', undefined], // typed with combining marks (NFD)
  // Issue 16: what officials write, from the default aliases of Cấu hình
  ['Đăng ký mới', 'moi', undefined],
  ['dang ky moi', 'moi', undefined],
  ['NR', 'nhan-rong', undefined],
  ['NR từ Phường 14', 'nhan-rong', 'từ Phường 14'],
  ['TTTH', 'tiep-tuc', undefined],
  ['ttth năm 2020', 'tiep-tuc', 'năm 2020'],
  ['MHM', 'moi', undefined],
  ['Xây dựng mới', 'moi', undefined],
];

describe('normalizeNoteKind reads the three kinds as people write them', () => {
  it.each(read)('%p → %s (%p)', (text, kind, detail) => {
    const r = normalizeNoteKind(text, campaign);
    expect(r).toEqual(detail === undefined ? { kind } : { kind, detail });
  });

  it.each(['', 'x', 'Môi trường xanh', 'mớicó', 'Đã hoàn thành', 'cũ', 'tiếp'])('does not guess a kind for %p', (text) => {
    expect(normalizeNoteKind(text, campaign)).toBeNull();
  });

  it.each(['NRO', 'TTT', 'Đăng ký'])('reads an abbreviation only as a whole word: %p is no kind', (text) => {
    expect(normalizeNoteKind(text, campaign)).toBeNull();
  });

  it('ignores non-text cells', () => {
    expect(normalizeNoteKind(3, campaign)).toBeNull();
    expect(normalizeNoteKind(new Date(), campaign)).toBeNull();
  });

  it('lists the accepted kinds for messages', () => {
    expect(acceptedNoteKinds(campaign)).toBe('“tiếp tục thực hiện”, “nhân rộng” hoặc “mô hình mới”');
  });
});

describe('normalizeNoteKind properties', () => {
  const keys = campaign.noteKinds.map((k) => k.key);

  it('is idempotent: the label of whatever it reads reads back as the same kind, with no detail', () => {
    const words = fc.constantFrom('mới', 'MH', 'tiếp tục', 'nhân rộng', 'từ', 'Phường 9', 'thực hiện', 'môi', ' ', '-', 'năm 2020');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(words, { maxLength: 5 }).map((w) => w.join(' '))), (text) => {
        const r = normalizeNoteKind(text, campaign);
        if (r) expect(normalizeNoteKind(noteKindLabel(campaign, r.kind), campaign)).toEqual({ kind: r.kind });
      }),
    );
  });

  it('reads each label in any case, with or without diacritics, and keeps any detail after it', () => {
    const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.boolean(), fc.boolean(), fc.constantFrom('', ' từ Phường 9', ': năm 2020'), (key, upper, plain, tail) => {
        let label = noteKindLabel(campaign, key);
        if (plain) label = strip(label);
        if (upper) label = label.toLocaleUpperCase('vi');
        const r = normalizeNoteKind(label + tail, campaign);
        expect(r?.kind).toBe(key);
        expect(r?.detail).toBe(tail ? tail.replace(/^[: ]+/, '') : undefined);
      }),
    );
  });
});
