/**
 * Every export here becomes a top-level function of dist/Code.js (see scripts/build.mjs):
 * menu and trigger handlers, and the server functions the sidebar calls via google.script.run.
 * Helpers that must not be callable from the client stay unexported (Apps Script would also hide
 * a top-level name ending in `_`).
 */
export { onOpen, onInstall, showSidebar } from './menu';
export { getSidebarState, enableMemberChecks } from './state';
export { initCampaign } from './setup/init-campaign';
export { planNextYear, createNextYearCampaign } from './setup/next-year';
export { setupUnitTabs } from './setup/setup-unit-tabs';
export { shareWithUnits } from './setup/share-units';
export { openSheet } from './setup/open-sheet';
export { checkUnits } from './validation/check-units';
export { onEditInstalled } from './on-edit';
export { getReminderStatus, setRemindersEnabled, previewReminders, runRemindersNow } from './reminders/entry';
export { refreshSummary, getDashboard, enableSummaryAutoRefresh, disableSummaryAutoRefresh } from './summary/api';
export { runScheduledJobs } from './schedule/run';
export { continueSetup } from './schedule/continue-setup';
export { refreshUnitTab_ } from './summary/refresh-unit';
export { addResultsColumns } from './results/add-results-columns';
export { generateReport } from './report/generate-report';
export { exportPdf } from './report/export-pdf';
