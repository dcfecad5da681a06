/**
 * The reminders run from the user's one hourly scheduled trigger (../schedule): from the
 * configured hour on, until a run has finished that day. This file only names the earlier
 * design's daily handler, kept so that such a trigger still finds a function when it fires.
 */
export const LEGACY_HANDLER = 'runDailyReminders';
