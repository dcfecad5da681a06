/** Every scenario of the kit, in the order the results sheet lists them. */
import type { Scenario } from '../scenario';
import { INSERTED_ROW_SCENARIOS } from './inserted-rows';
import { LIMIT_SCENARIOS } from './limits';
import { PROTECTION_METADATA_SCENARIOS } from './protection-metadata';
import { RUNTIME_SCENARIOS } from './runtime';
import { SERVICE_SCENARIOS } from './services';
import { SHEETS_API_SCENARIOS } from './sheets-api';
import { SPREADSHEET_SCENARIOS } from './spreadsheet';

export const SCENARIOS: Scenario[] = [
  ...SPREADSHEET_SCENARIOS, ...INSERTED_ROW_SCENARIOS, ...PROTECTION_METADATA_SCENARIOS, ...SHEETS_API_SCENARIOS, ...SERVICE_SCENARIOS, ...LIMIT_SCENARIOS, ...RUNTIME_SCENARIOS,
];
