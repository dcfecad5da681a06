/**
 * Protection (developers.google.com/apps-script/reference/spreadsheet/protection).
 * A new protection mirrors the spreadsheet's editors (editorsSet=false) until a script first
 * changes its editors or domain edit; the owner and the current user can never be removed;
 * only someone allowed past the protection may change or remove it, or even read its editors:
 * "This field is only visible to users with edit access to the protected range and the document"
 * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange, editors).
 * A warning-only protection has no editors: "Editors are not supported with warning_only protection"
 * (same field); switched back to a full protection its editors become the document's editors
 * (ProtectedRange.warningOnly: "if this field is changed from true to false and the editors field
 * is not set …, then the editors will be set to all the editors in the document").
 */
import type { ProtectionData, SheetData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { ERR, fail } from './errors';
import { makeRange } from './factory';
import { canEditProtection, isOwner, sheetGrid } from './permissions';
import { emailOf, makeUser, type AssertAssignable } from './user';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type UserLike = string | { getEmail(): string };

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.toLowerCase()))];

class ProtectionImpl {
  constructor(private readonly book: Book, private readonly p: ProtectionData) {
    return counted(book.ctx, 'Protection', this);
  }
  private get data() { return this.book.ctx.data; }
  private sheet(): SheetData {
    const s = this.data.sheets.find((x) => x.id === this.p.sheetId);
    if (!s) fail('This protection no longer exists.');
    return s;
  }
  private assertMayChange(): void {
    if (!this.data.protections.includes(this.p)) fail('This protection no longer exists.');
    if (!canEditProtection(this.data, this.p, this.book.ctx.effectiveUser)) fail(ERR.protectedCell);
  }
  /** The first change of editors freezes the mirrored list: the file's editors plus the current user. */
  private materialise(): void {
    if (this.p.editorsSet) return;
    this.p.editors = uniq([...this.data.editors, ...this.p.editors, this.book.ctx.effectiveUser].filter((e) => !isOwner(this.data, e)));
    this.p.editorsSet = true;
  }
  private self(): GProtection { return this as unknown as GProtection; }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.p.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GRange {
    const sheet = this.sheet();
    return makeRange(this.book, sheet, this.p.type === 'SHEET' ? sheetGrid(sheet) : this.p.range!);
  }
  setRange(range: GRange): GProtection {
    this.assertMayChange();
    if (this.p.type === 'RANGE') this.p.range = { row: range.getRow(), column: range.getColumn(), numRows: range.getNumRows(), numColumns: range.getNumColumns() };
    return this.self();
  }
  getDescription(): string { return this.p.description; }
  setDescription(description: string): GProtection { this.assertMayChange(); this.p.description = description; return this.self(); }

  getEditors(): GoogleAppsScript.Base.User[] {
    if (!this.canEdit()) fail(ERR.protectionEditorsHidden);
    if (this.p.warningOnly) return [];
    const emails = this.p.editorsSet ? this.p.editors : [...this.data.editors, ...this.p.editors];
    return uniq([this.data.owner, ...emails]).map((e) => makeUser(this.book.ctx, e));
  }
  addEditor(user: UserLike): GProtection { return this.addEditors([emailOf(user)]); }
  addEditors(emailAddresses: string[]): GProtection {
    this.assertMayChange();
    this.materialise();
    this.p.editors = uniq([...this.p.editors, ...emailAddresses.map(emailOf)].filter((e) => !isOwner(this.data, e)));
    return this.self();
  }
  removeEditor(user: UserLike): GProtection { return this.removeEditors([user] as string[]); }
  removeEditors(users: UserLike[]): GProtection {
    this.assertMayChange();
    this.materialise();
    const me = this.book.ctx.effectiveUser.toLowerCase();
    const drop = new Set(users.map(emailOf).filter((e) => e !== me && !isOwner(this.data, e)));
    this.p.editors = this.p.editors.filter((e) => !drop.has(e.toLowerCase()));
    return this.self();
  }
  canEdit(): boolean { return canEditProtection(this.data, this.p, this.book.ctx.effectiveUser); }
  canDomainEdit(): boolean { return this.p.domainEdit; }
  setDomainEdit(editable: boolean): GProtection {
    this.assertMayChange();
    if (/@gmail\.com$/i.test(this.data.owner)) fail(ERR.domainEditGmail);
    this.materialise();
    this.p.domainEdit = editable;
    return this.self();
  }
  isWarningOnly(): boolean { return this.p.warningOnly; }
  setWarningOnly(warningOnly: boolean): GProtection {
    this.assertMayChange();
    if (this.p.warningOnly && !warningOnly) {
      this.p.editors = uniq(this.data.editors.filter((e) => !isOwner(this.data, e)));
      this.p.editorsSet = true;
    }
    this.p.warningOnly = warningOnly;
    return this.self();
  }
  getUnprotectedRanges(): GRange[] {
    const sheet = this.sheet();
    return this.p.unprotectedRanges.map((g) => makeRange(this.book, sheet, g));
  }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    this.assertMayChange();
    if (this.p.type !== 'SHEET') return this.self();
    this.p.unprotectedRanges = ranges.map((r) => ({ row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns() }));
    return this.self();
  }
  remove(): void {
    this.assertMayChange();
    const i = this.data.protections.indexOf(this.p);
    this.data.protections.splice(i, 1);
  }
}

export function makeProtection(book: Book, p: ProtectionData): GProtection {
  return new ProtectionImpl(book, p) as unknown as GProtection;
}

/**
 * Creates a protection like Range.protect()/Sheet.protect(): the effective user becomes an editor
 * (the docs' sample adds them first), the list still mirrors the file until changed.
 */
export function createProtection(book: Book, sheet: SheetData, type: 'SHEET' | 'RANGE', range?: ProtectionData['range']): GProtection {
  const { data, effectiveUser } = book.ctx;
  if (type === 'SHEET') {
    const existing = data.protections.find((p) => p.sheetId === sheet.id && p.type === 'SHEET');
    if (existing) return makeProtection(book, existing);
  }
  const p: ProtectionData = {
    id: data.nextId++, type, sheetId: sheet.id, range: type === 'RANGE' ? range : undefined, unprotectedRanges: [],
    description: '', editors: isOwner(data, effectiveUser) ? [] : [effectiveUser.toLowerCase()], warningOnly: false,
    domainEdit: false, editorsSet: false,
  };
  data.protections.push(p);
  return makeProtection(book, p);
}

type _P = AssertAssignable<ProtectionImpl, Pick<GProtection, keyof ProtectionImpl & keyof GProtection>>;
