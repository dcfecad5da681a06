/**
 * The benchmark's latency table: how long one call of each service method is assumed to take on
 * Google's servers. Edit the figures here (and their sources) when a better measurement appears;
 * the benchmark multiplies them by the emulator's call counts, nothing else in the code knows them.
 *
 * Rules are tried in order; the first whose pattern matches 'Class.method' wins.
 * `roundTrip` marks calls that reach the server: only those count against the floor (a cached
 * getter costs ≈ 3 ms and no floor counts it).
 */

export type LatencyKind = 'local' | 'cached-read' | 'read' | 'write' | 'structural' | 'mail' | 'service' | 'sheets-api';

export interface LatencyRule {
  /** An exact 'Class.method' or a RegExp over it. */
  match: string | RegExp;
  kind: LatencyKind;
  ms: number;
  roundTrip: boolean;
  /** Where the figure comes from; "UNMEASURED" when it is an assumption. */
  source: string;
}

const BUGBUG = 'bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html';
const BEST = 'developers.google.com/apps-script/guides/support/best-practices';
const SHEETQUERY = 'github.com/vlucas/sheetquery/issues/16';

/** Sheets API (advanced service) requests: ≈ 300 ms each plus ≈ 1 s per MB moved (UNMEASURED here). */
export const SHEETS_API = { ms: 300, msPerMB: 1000 } as const;

/**
 * What a Spreadsheets.batchUpdate carries, on top of its request (the emulator records each
 * sub-request as 'SheetsApi.request.<kind>' and its cells as 'SheetsApi.kCells'). All UNMEASURED
 * until the conformance kit times them on Google:
 * - structuralMs: a sub-request that changes the spreadsheet's structure or permissions
 *   (duplicateSheet, addSheet, addProtectedRange, updateProtectedRange, setDataValidation,
 *   developer metadata, dimensions, sheet properties, charts, filters, conditional formats):
 *   ≥ 100 ms each, a fifth of the 0.5 s assumed for the SpreadsheetApp call that does the same.
 * - cellsRequestMs: an updateCells / repeatCell sub-request, before its cells: 5 ms.
 * - msPerKCells: cells written, 100 ms per 1,000, from the best-practices page (BEST): one
 *   setBackgrounds over 100 × 100 cells ≈ 1 s (a whole round trip included, so an upper bound).
 */
export const SHEETS_API_REQUESTS = { structuralMs: 100, cellsRequestMs: 5, msPerKCells: 100 } as const;

/**
 * Calls that stay inside the script engine still cross into Apps Script's host: none is free.
 * formatDate builds a zone-aware formatter on each call (UNMEASURED: 1 ms); any other in-engine
 * call (Logger, Session, builders, lazy range references, handles) UNMEASURED: 0.1 ms.
 */
export const IN_ENGINE = { formatDateMs: 1, callMs: 0.1 } as const;

/**
 * SpreadsheetApp.openById, UNMEASURED: 0.5 s (see its rule). Before issue 14 it fell through to the
 * 3 ms cached getter, though a member workbook's open reaches the server and the floors count it.
 */
export const OPEN_BY_ID_MS = 500;

export const LATENCY_RULES: LatencyRule[] = [
  // No server involved: formatting, logging, builders, and references that are resolved lazily.
  { match: 'Utilities.sleep100ms', kind: 'local', ms: 100, roundTrip: false, source: 'Utilities.sleep waits as long as it is asked (each 100 ms begun)' },
  { match: /^Utilities\.(formatDate|parseDate)$/, kind: 'local', ms: IN_ENGINE.formatDateMs, roundTrip: false, source: 'UNMEASURED, assumed 1 ms: a zone-aware formatter built per call (see IN_ENGINE)' },
  { match: /^(Utilities|Logger|console|Session)\./, kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'runs in the script engine; UNMEASURED, assumed 0.1 ms (see IN_ENGINE)' },
  { match: /^(DataValidationBuilder|DataValidation|ConditionalFormatRuleBuilder|TriggerBuilder|SpreadsheetTriggerBuilder|ClockTriggerBuilder)\.(?!create$)/,
    kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'builders hold their state in the script; UNMEASURED, assumed 0.1 ms' },
  { match: /^(SpreadsheetApp\.(getActive|getActiveSpreadsheet|getUi|newDataValidation|newConditionalFormatRule)|LockService\.get\w+Lock|PropertiesService\.get\w+Properties|CacheService\.get\w+Cache)$/,
    kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'returns a handle; UNMEASURED, assumed 0.1 ms' },
  { match: /^Range\.(getRow|getColumn|getNumRows|getNumColumns|getLastRow|getLastColumn|getA1Notation|getSheet|offset)$/,
    kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'the range object already knows its coordinates; UNMEASURED, assumed 0.1 ms' },
  { match: /^Sheet\.(getRange|getRangeList)$/, kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'a range reference is lazy; UNMEASURED, assumed 0.1 ms' },
  { match: 'SpreadsheetApp.flush', kind: 'local', ms: IN_ENGINE.callMs, roundTrip: false, source: 'writes are billed one by one below; flush itself UNMEASURED, assumed 0.1 ms' },

  // Structural changes and permission changes: no public measurement, assumed ≈ 0.5 s each.
  { match: /^Spreadsheet\.(insertSheet|duplicateActiveSheet|deleteSheet|addEditor|addEditors|removeEditor)$/, kind: 'structural', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },
  { match: /^Sheet\.(copyTo|protect|activate|deleteSheet)$/, kind: 'structural', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },
  { match: /^Range\.(protect|setDataValidation|setDataValidations|merge|mergeAcross)$/, kind: 'structural', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },
  { match: /^Protection\.(addEditor|addEditors|removeEditor|removeEditors|setDomainEdit|setUnprotectedRanges|setWarningOnly|remove)$/, kind: 'structural', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },
  { match: /^(ScriptApp\.deleteTrigger|(TriggerBuilder|SpreadsheetTriggerBuilder|ClockTriggerBuilder)\.create)$/, kind: 'structural', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },

  // Opening another spreadsheet: the server checks the caller's access and loads the file (it may be
  // a member workbook never opened in this execution). No public measurement was found (searched:
  // Google's best-practices and quotas pages, bugbugnow's and sheetquery's timings, which time cell
  // reads and writes only), so the stricter case: as dear as a structural call, more than a 150 ms
  // read. UNMEASURED until the conformance kit's 'SpreadsheetApp.openById' timing replaces it.
  { match: /^SpreadsheetApp\.openBy(Id|Url)$/, kind: 'read', ms: OPEN_BY_ID_MS, roundTrip: true,
    source: 'UNMEASURED, assumed 0.5 s (no published timing found; the stricter case: a file open, priced as a structural call)' },
  // The sheet's basic filter is server state (like its protections), not a property of a fetched
  // object: a read. UNMEASURED, priced as the other uncached reads until the kit's 'Sheet.getFilter' timing.
  { match: 'Sheet.getFilter', kind: 'read', ms: 150, roundTrip: true, source: `UNMEASURED, assumed 150 ms like the uncached reads of ${BUGBUG} (no published timing found)` },

  // Sheets advanced service: one request whatever the number of ranges, plus its transfer time.
  { match: /^Sheets\./, kind: 'sheets-api', ms: SHEETS_API.ms, roundTrip: true, source: 'UNMEASURED, assumed 300 ms a request (see SHEETS_API)' },
  { match: 'SheetsApi.transferKB', kind: 'sheets-api', ms: SHEETS_API.msPerMB / 1024, roundTrip: false, source: 'UNMEASURED, assumed 1 s per MB of response (see SHEETS_API)' },
  { match: /^SheetsApi\.request\.(updateCells|repeatCell)$/, kind: 'sheets-api', ms: SHEETS_API_REQUESTS.cellsRequestMs, roundTrip: false,
    source: 'UNMEASURED, assumed 5 ms a cell-update sub-request, its cells priced by SheetsApi.kCells (see SHEETS_API_REQUESTS)' },
  { match: /^SheetsApi\.request\./, kind: 'sheets-api', ms: SHEETS_API_REQUESTS.structuralMs, roundTrip: false,
    source: 'UNMEASURED, assumed 100 ms a structural sub-request (see SHEETS_API_REQUESTS)' },
  { match: 'SheetsApi.kCells', kind: 'sheets-api', ms: SHEETS_API_REQUESTS.msPerKCells, roundTrip: false,
    source: `UNMEASURED for the API: 100 ms per 1,000 cells written, from ${BEST} (one 100×100 setBackgrounds ≈ 1 s)` },

  // Mail.
  { match: /^(MailApp|GmailApp)\.sendEmail$/, kind: 'mail', ms: 500, roundTrip: true, source: 'UNMEASURED, assumed 0.5 s' },

  // Other services' stores (properties, cache, locks, triggers list, mail quota).
  { match: /^(Properties|Cache|Lock|ScriptApp|MailApp)\./, kind: 'service', ms: 50, roundTrip: true, source: 'UNMEASURED, assumed 50 ms (a small key-value round trip)' },

  // Writes that reach the server.
  { match: /^(Range|Sheet|Spreadsheet|Protection|DeveloperMetadata|RangeList)\.(set\w*|clear\w*|insert\w*|delete\w*|append\w*|add\w*|remove\w*|hide\w*|show\w*|unhide\w*|auto\w*|breakApart|moveTo|sort|copyValuesToRange|copyFormatToRange|check|uncheck|update\w*|move\w*)$/,
    kind: 'write', ms: 250, roundTrip: true, source: `${SHEETQUERY}: 641 appendRow in 176 s ≈ 275 ms; ${BEST}: 100×100 setBackground one by one ≈ 70 s vs one setBackgrounds ≈ 1 s` },

  // Reads the look-ahead cache cannot serve: cell data, sheet lists and extents, metadata, protections.
  { match: /^Range\.(getValues|getDisplayValues|getFormulas|getNotes|getBackgrounds|getFontWeights|getDataValidations|getRichTextValues|getMergedRanges|getDeveloperMetadata|getValue|getDisplayValue|getNote|getBackground)$/,
    kind: 'read', ms: 150, roundTrip: true, source: `${BUGBUG}: getLastRow() inside a 1,000-step loop ≈ 160 s (≈ 160 ms a call)` },
  // getDataRange returns a Range, not a number: like getRange it is taken to be resolved by the getValues that
  // follows (UNMEASURED). Were it a round trip of its own, every "getDataRange().getValues()" tab read would cost 2.
  { match: 'Sheet.getDataRange', kind: 'cached-read', ms: 3, roundTrip: false, source: 'UNMEASURED: a lazy Range, resolved by the read that follows' },
  { match: /^Sheet\.(getLastRow|getLastColumn|getMaxRows|getMaxColumns|getProtections|getDeveloperMetadata|getFrozenRows|getCharts|getConditionalFormatRules|createDeveloperMetadataFinder)$/,
    kind: 'read', ms: 150, roundTrip: true, source: `${BUGBUG}: getLastRow() ≈ 160 ms a call` },
  { match: /^Spreadsheet\.(getSheets|getSheetByName|getSheetById|getProtections|getEditors|getViewers|getDeveloperMetadata|createDeveloperMetadataFinder|getRangeByName|getNamedRanges)$/,
    kind: 'read', ms: 150, roundTrip: true, source: `${BUGBUG}: uncached reads ≈ 150 ms` },
  { match: /^(DeveloperMetadataFinder\.find|Protection\.getEditors)$/, kind: 'read', ms: 150, roundTrip: true, source: `${BUGBUG}: uncached reads ≈ 150 ms` },

  // Everything else is a getter on an object already fetched: served from the look-ahead cache.
  { match: /./, kind: 'cached-read', ms: 3, roundTrip: false, source: `${BUGBUG}: 1,000 getRange+getValue in 3.06 s ≈ 3 ms each` },
];

export function latencyOf(method: string): LatencyRule {
  for (const r of LATENCY_RULES) {
    if (typeof r.match === 'string' ? r.match === method : r.match.test(method)) return r;
  }
  /* c8 ignore next */
  return LATENCY_RULES[LATENCY_RULES.length - 1];
}

/** Modelled server time of a set of calls, in milliseconds. */
export function modelledServiceMs(calls: Record<string, number>): number {
  return Object.entries(calls).reduce((ms, [m, n]) => ms + n * latencyOf(m).ms, 0);
}

/** Entries that price what a request carries (SheetsApi.transferKB, .request.<kind>, .kCells) or how long a sleep waits, not calls. */
export const VOLUME_ENTRY = /^SheetsApi\.|^Utilities\.sleep100ms$/;

/** Service calls the script made: every recorded entry but the data-volume ones. */
export function serviceCalls(calls: Record<string, number>): number {
  return Object.entries(calls).reduce((s, [m, n]) => s + (VOLUME_ENTRY.test(m) ? 0 : n), 0);
}

/** Calls that reach the server (what a floor counts). */
export function roundTrips(calls: Record<string, number>): number {
  return Object.entries(calls).reduce((s, [m, n]) => s + (latencyOf(m).roundTrip ? n : 0), 0);
}

/**
 * Apps Script limits (developers.google.com/apps-script/guides/services/quotas;
 * Sheets API: developers.google.com/workspace/sheets/api/limits).
 */
export const LIMITS = {
  executionMs: 360_000,
  simpleTriggerMs: 30_000,
  triggerMsPerDayConsumer: 90 * 60_000,
  mailRecipientsPerDayConsumer: 100,
  mailRecipientsPerDayWorkspace: 1_500,
  sheetsApiWritesPerMinute: 60,
  cellsPerSpreadsheet: 10_000_000,
} as const;
