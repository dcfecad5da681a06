/**
 * Linking what a unit typed for a "nhân rộng" row to a model of the catalogue (Danh mục mô hình).
 * People write "Mô hình “Ngày không hẹn”", "nhân rộng mô hình Ngày không hẹn của P.14", the name
 * without diacritics or inside a longer sentence: a model is linked when its name (or an alias
 * from Cấu hình) appears as whole words in Tên mô hình or in Ghi chú, else when every word of a
 * name of three words or more appears there. The longest name wins ("In biên lai … và không dùng
 * tiền mặt …" over "In biên lai …"), then the one from the source unit the text names, then the
 * row's content; a tie between two models is no match. Nothing typed is ever rewritten.
 */
import type { Campaign, CatalogueModel } from '../campaign/schema';
import { nameKey } from '../names';
import { at, unitKeys, words } from './words';

export interface CatalogueMatch {
  /** Index in campaign.catalogue of the linked model; null when none (or two equally) fit. */
  model: number | null;
  /** The unit the text says the model comes from ("từ Phường 9", "của P.14"), spelt as Cấu hình or the catalogue spells it. */
  source: string | null;
  /** Without a link: up to three catalogue indexes closest to what was typed. */
  suggestions: number[];
}

interface Indexed {
  phrases: string[];
  /** Words of the name, for the all-words fallback and for suggestions. */
  nameWords: string[];
}

interface CatalogueIndex {
  models: Indexed[];
  units: { name: string; keys: string[] }[];
}

const indexes = new WeakMap<Campaign, CatalogueIndex>();

function indexOf(c: Campaign): CatalogueIndex {
  let idx = indexes.get(c);
  if (idx) return idx;
  const models = c.catalogue.map((m) => ({
    phrases: [m.name, ...m.aliases].map((p) => words(p).trim()).filter(Boolean),
    nameWords: words(m.name).trim().split(' '),
  }));
  const seen = new Set<string>();
  const units: CatalogueIndex['units'] = [];
  for (const name of [...c.units.map((u) => u.name), ...c.catalogue.map((m) => m.origin)]) {
    const key = nameKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    units.push({ name, keys: unitKeys(name, c.place) });
  }
  idx = { models, units };
  indexes.set(c, idx);
  return idx;
}

/** Words that name no model: left out when measuring how close a text is to a name. */
const FILLER = new Set(['mo', 'hinh', 'cua', 'tu', 'theo', 'nhan', 'rong', 'va', 'cho', 'cac', 'tai', 'trong', 'phuong', 'quan', 'voi', 'dan', 'nguoi']);

/** Where the source unit is named: after "từ", "của" or "theo". */
const SOURCE_MARK = / (tu|cua|theo) /;

export function matchCatalogue(c: Campaign, content: number, name: string, detail: string): CatalogueMatch {
  if (c.catalogue.length === 0) return { model: null, source: null, suggestions: [] };
  const idx = indexOf(c);
  const pieces = [words(name), words(detail)];
  const source = sourceUnit(idx, pieces);
  const sourceKey = source === null ? null : nameKey(source);
  const fromSource = (i: number) => sourceKey !== null && nameKey(c.catalogue[i].origin) === sourceKey;

  type Found = { i: number; rank: number[] };
  const found: Found[] = [];
  idx.models.forEach((m, i) => {
    let exact = 0;
    for (const p of m.phrases) for (const piece of pieces) if (at(piece, p) >= 0) exact = Math.max(exact, p.length);
    const all = m.nameWords.length >= 3 && pieces.some((piece) => m.nameWords.every((w) => at(piece, w) >= 0));
    if (!exact && !all) return;
    found.push({ i, rank: [exact ? 1 : 0, exact || m.nameWords.join(' ').length, fromSource(i) ? 1 : 0, c.catalogue[i].content === content ? 1 : 0] });
  });
  found.sort((a, b) => compareRanks(b.rank, a.rank));
  if (found.length && (found.length === 1 || compareRanks(found[0].rank, found[1].rank) > 0)) {
    return { model: found[0].i, source, suggestions: [] };
  }
  if (found.length) return { model: null, source, suggestions: found.slice(0, 3).map((f) => f.i) };
  return { model: null, source, suggestions: closest(c, idx, pieces, content, fromSource) };
}

function compareRanks(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
  return 0;
}

/** The first unit named after a source mark; the longer name where two start at the same place. */
function sourceUnit(idx: CatalogueIndex, pieces: string[]): string | null {
  for (const piece of pieces) {
    const mark = SOURCE_MARK.exec(piece);
    if (!mark) continue;
    const rest = piece.slice(mark.index + mark[0].length - 1);
    let name: string | null = null;
    let pos = Infinity;
    let len = 0;
    for (const u of idx.units) for (const k of u.keys) {
      const p = at(rest, k);
      if (p >= 0 && (p < pos || (p === pos && k.length > len))) { name = u.name; pos = p; len = k.length; }
    }
    if (name !== null) return name;
  }
  return null;
}

/**
 * Closest names by the share of a name's words that were typed (filler words left out), the
 * source unit's models (even with no word in common) and the row's content first; with nothing
 * close, the models of the row's content.
 */
function closest(c: Campaign, idx: CatalogueIndex, pieces: string[], content: number, fromSource: (i: number) => boolean): number[] {
  const typed = new Set(pieces.join(' ').split(' ').filter((w) => w && !FILLER.has(w)));
  const scored = idx.models.map((m, i) => {
    const own = m.nameWords.filter((w) => !FILLER.has(w));
    const common = own.filter((w) => typed.has(w)).length;
    const bonus = (fromSource(i) ? 0.5 : 0) + (c.catalogue[i].content === content ? 0.25 : 0);
    const score = common === 0 && !fromSource(i) ? 0 : common / own.length + bonus;
    return { i, score };
  }).filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (scored.length) return scored.slice(0, 3).map((s) => s.i);
  return c.catalogue.map((_, i) => i).filter((i) => c.catalogue[i].content === content).slice(0, 3);
}

/** “Ngày không hẹn” (Phường 14): how messages name a catalogue model. */
export function modelLabel(m: CatalogueModel): string {
  return m.origin ? `“${m.name}” (${m.origin})` : `“${m.name}”`;
}
