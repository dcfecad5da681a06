/**
 * Exception texts Apps Script throws, kept verbatim so add-on code and tests can match them.
 * Sources: developers.google.com/apps-script/reference/spreadsheet/* and public issue reports.
 */
export const ERR = {
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  invalidSheetName: 'Invalid argument: name',
  rangeNotFound: 'Range not found',
  mergeOverlap: 'You must select all cells in a merged range to merge or unmerge them.',
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  noSpreadsheet: (id: string) => `Unexpected error while getting the method or property openById on object SpreadsheetApp. (${id})`,
  metadataLocation:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  lastSheet: "You can't remove all the sheets in a document.",
  noPermission: 'You do not have permission to access the requested document.',
  /**
   * Protection.getEditors by someone not allowed past the protection. The Sheets reference hides
   * the editors from them (ProtectedRange.editors); Apps Script's exact wording is not published,
   * so this text is our guess and the stricter case (a throw, not an empty list) is emulated.
   */
  protectionEditorsHidden: 'You do not have permission to view the editors of this protected range.',
  domainEditGmail: 'Domain edit is not available for spreadsheets owned by a consumer (gmail.com) account.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /** Range.createFilter on a sheet that has one ("You can't create more than one filter on a sheet"). */
  filterExists: "You can't create a filter in a sheet that already has a filter.",
  filterRemoved: 'This filter no longer exists.',
} as const;

/** Throws like Apps Script: String(e) reads "Exception: <message>". */
export function fail(message: string): never {
  const e = new Error(message);
  e.name = 'Exception';
  throw e;
}
