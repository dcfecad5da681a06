/** Protections, developer metadata and named ranges: how the add-on guards unit tabs and finds them again. */
import { errorOf, throws, type Scenario } from '../scenario';

const PROTECTION = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';
const METADATA = 'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata';
const FINDER = 'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder';
const NAMED = 'https://developers.google.com/apps-script/reference/spreadsheet/named-range';
const PROTECTED_RANGE = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange';

/** A name in the add-on's own form (DVK_<folded unit>_<hash>, setup/marker), unique to this run. */
const rangeName = () => `DVK_conf_${Date.now() % 1000000}`;

const emails = (p: GoogleAppsScript.Spreadsheet.Protection) => p.getEditors().map((u) => u.getEmail());

export const PROTECTION_METADATA_SCENARIOS: Scenario[] = [
  {
    id: 'protection.sheet-keeps-me',
    behaviour: 'a sheet protection lists the current user as editor; removing the current user leaves them in',
    source: `${PROTECTION}#removeEditor(String)`,
    expected: [true, true, true, 'SHEET'],
    observe: ({ sheet, me }) => {
      const p = sheet().protect().setDescription('Đơn vị Phường 1');
      const listed = emails(p).includes(me);
      p.removeEditors(p.getEditors());
      return [listed, emails(p).includes(me), p.canEdit(), String(p.getProtectionType())];
    },
  },
  {
    id: 'protection.description-warning',
    behaviour: 'a protection keeps its description and warning-only flag; a warning-only one does not stop the script',
    source: `${PROTECTION}#setWarningOnly(Boolean)`,
    expected: ['Đơn vị Phường 1', true, 'ok'],
    observe: ({ sheet }) => {
      const s = sheet();
      const p = s.protect().setDescription('Đơn vị Phường 1').setWarningOnly(true);
      s.getRange('A1').setValue('ok');
      return [p.getDescription(), p.isWarningOnly(), s.getRange('A1').getValue() as string];
    },
  },
  {
    id: 'protection.warning-only-no-editors',
    behaviour: 'a warning-only protection lists no editors (the owner still can edit); made a full protection again, its editors are the file\'s, the current user among them',
    source: `${PROTECTED_RANGE} (editors: "not supported with warning_only protection"; warningOnly: true to false sets all the document's editors); third-party evidence on live Apps Script: https://github.com/tanaikech/gas-fakes test/testsheetsbasic.js, section Protection`,
    expected: [0, true, true, true],
    observe: ({ sheet, me }) => {
      const p = sheet().protect().setDescription('Cảnh báo khi sửa').setWarningOnly(true);
      const seen = [p.getEditors().length, p.canEdit(), p.isWarningOnly()];
      p.setWarningOnly(false);
      return [...seen, emails(p).includes(me)];
    },
  },
  {
    id: 'protection.editors-hidden-from-non-editor',
    behaviour: 'a file editor outside a sheet protection cannot edit past it, read its editors or change them; once the owner adds them, they see the editors',
    source: `${PROTECTED_RANGE} (editors: "only visible to users with edit access to the protected range and the document")`,
    expected: [[false, true, true, 'Đơn vị Phường 1'], [true, [true, true]]],
    emulatorOnly: 'needs a second user, an editor of the file but not of the protection',
    observe: ({ sheet, asOther }) => {
      const s = sheet('Phường 1');
      const name = s.getName();
      const p = s.protect().setDescription('Đơn vị Phường 1');
      p.removeEditors(p.getEditors());
      const theirs = () => SpreadsheetApp.getActive().getSheetByName(name)!.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      const outside = asOther!(() => {
        const q = theirs();
        return [q.canEdit(), throws(() => q.getEditors()), throws(() => q.addEditor(Session.getEffectiveUser().getEmail())), q.getDescription()];
      });
      const other = asOther!(() => Session.getEffectiveUser().getEmail());
      p.addEditor(other);
      const inside = asOther!(() => {
        const q = theirs();
        const listed = emails(q);
        return [q.canEdit(), [listed.includes(other), listed.includes(SpreadsheetApp.getActive().getOwner()!.getEmail())]];
      });
      return [outside, inside];
    },
  },
  {
    id: 'protection.range-listed-and-removed',
    behaviour: 'Range.protect adds a RANGE protection found by getProtections(RANGE); remove() deletes it',
    source: `${PROTECTION}#remove()`,
    expected: [1, 'A1:B2', 0],
    observe: ({ sheet }) => {
      const s = sheet();
      const p = s.getRange('A1:B2').protect();
      const found = s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      const a1 = found[0]?.getRange().getA1Notation() ?? '';
      p.remove();
      return [found.length, a1, s.getProtections(SpreadsheetApp.ProtectionType.RANGE).length];
    },
  },
  {
    id: 'protection.unprotected-ranges',
    behaviour: 'setUnprotectedRanges on a sheet protection is read back by getUnprotectedRanges',
    source: `${PROTECTION}#setUnprotectedRanges(Range)`,
    expected: ['B3:F40'],
    observe: ({ sheet }) => {
      const s = sheet();
      const p = s.protect().setUnprotectedRanges([s.getRange('B3:F40')]);
      return p.getUnprotectedRanges().map((r) => r.getA1Notation());
    },
  },
  {
    id: 'metadata.sheet-found-after-rename',
    behaviour: 'sheet developer metadata is found by key from the spreadsheet, whatever the tab is renamed to',
    source: `${FINDER}#withKey(String)`,
    expected: [['p1', 'SHEET', true]],
    observe: ({ ss, sheet }) => {
      const s = sheet('Phường 1');
      const key = `conformance.unit.${s.getSheetId()}`;
      s.addDeveloperMetadata(key, 'p1');
      s.setName(`${s.getName()} (đổi tên)`);
      return ss.createDeveloperMetadataFinder().withKey(key).find().map((m) => [m.getValue() ?? '',
        String(m.getLocation().getLocationType()), m.getLocation().getSheet()?.getSheetId() === s.getSheetId()]);
    },
  },
  {
    id: 'metadata.spreadsheet-location',
    behaviour: 'spreadsheet-level metadata: DOCUMENT visibility by default, value can be changed and removed',
    source: `${METADATA}#setValue(String)`,
    expected: ['SPREADSHEET', 'DOCUMENT', 'v2', 0],
    observe: ({ ss, defer }) => {
      const key = `conformance.book.${Date.now()}`;
      ss.addDeveloperMetadata(key, 'v1');
      defer(() => ss.createDeveloperMetadataFinder().withKey(key).find().forEach((m) => m.remove()));
      const [m] = ss.createDeveloperMetadataFinder().withKey(key).find();
      m.setValue('v2');
      const out = [String(m.getLocation().getLocationType()), String(m.getVisibility()),
        ss.createDeveloperMetadataFinder().withKey(key).find()[0].getValue() ?? ''];
      m.remove();
      return [...out, ss.createDeveloperMetadataFinder().withKey(key).find().length];
    },
  },
  {
    id: 'metadata.row-follows-insert',
    behaviour: 'metadata on a whole row moves with inserted rows; a partial row range is refused',
    source: `${METADATA}#getLocation()`,
    expected: [8, true],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('5:5').addDeveloperMetadata('conformance.row', 'model-17');
      s.insertRowsBefore(2, 3);
      const [m] = s.createDeveloperMetadataFinder().withKey('conformance.row').find();
      let refused = false;
      try { s.getRange('A5:B5').addDeveloperMetadata('conformance.row2'); } catch { refused = true; }
      return [m.getLocation().getRow()?.getRow() ?? -1, refused];
    },
  },
  {
    id: 'metadata.gone-with-sheet',
    behaviour: 'a sheet\'s metadata disappears with the sheet',
    source: `${FINDER}#find()`,
    expected: [1, 0],
    observe: ({ ss }) => {
      const s = ss.insertSheet(`conf-gone-${Date.now() % 100000}`);
      const key = `conformance.gone.${s.getSheetId()}`;
      s.addDeveloperMetadata(key, 'x');
      const before = ss.createDeveloperMetadataFinder().withKey(key).find().length;
      ss.deleteSheet(s);
      return [before, ss.createDeveloperMetadataFinder().withKey(key).find().length];
    },
  },
  {
    id: 'named-range.found-after-rename',
    behaviour: 'a named range is found by name and listed, pointing at the same cells, whatever its tab is renamed to',
    source: `${NAMED}#getRange()`,
    expected: [true, 'B2:C3', true],
    observe: ({ ss, sheet, defer }) => {
      const s = sheet('Phường 1');
      const name = rangeName();
      ss.setNamedRange(name, s.getRange('B2:C3'));
      defer(() => ss.removeNamedRange(name));
      s.setName(`${s.getName()} (đổi tên)`);
      const r = ss.getRangeByName(name);
      return [r?.getSheet().getSheetId() === s.getSheetId(), r?.getA1Notation() ?? '', ss.getNamedRanges().some((n) => n.getName() === name)];
    },
  },
  {
    id: 'named-range.name-taken',
    behaviour: 'setNamedRange with a name already in use is refused (the emulator\'s stricter reading: the reference does not say)',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)',
    expected: [true, 'A1'],
    observe: ({ ss, sheet, defer, record }) => {
      const s = sheet();
      const name = rangeName();
      ss.setNamedRange(name, s.getRange('A1'));
      defer(() => ss.getNamedRanges().filter((n) => n.getName() === name).forEach((n) => n.remove()));
      const again = errorOf(() => ss.setNamedRange(name, s.getRange('D4')));
      record(`second setNamedRange: ${again}`);
      return [again !== 'no error', ss.getRangeByName(name)?.getA1Notation() ?? ''];
    },
  },
  {
    id: 'named-range.gone-with-sheet',
    behaviour: 'deleting a sheet takes the names on it away: getRangeByName is null afterwards (emulator; Sheets may keep them as #REF!)',
    source: `${NAMED} (not documented: the emulator's stricter reading)`,
    expected: [null, false],
    observe: ({ ss, defer }) => {
      const s = ss.insertSheet(`conf-named-${Date.now() % 100000}`);
      const name = rangeName();
      ss.setNamedRange(name, s.getRange('A1:B2'));
      defer(() => ss.getNamedRanges().filter((n) => n.getName() === name).forEach((n) => n.remove()));
      ss.deleteSheet(s);
      let found: string | null = null;
      try { found = ss.getRangeByName(name)?.getA1Notation() ?? null; } catch (e) { found = `threw: ${e instanceof Error ? e.message : String(e)}`; }
      return [found, ss.getNamedRanges().some((n) => n.getName() === name)];
    },
  },
];
