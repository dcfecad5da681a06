/**
 * The per-user registry of scheduled spreadsheets (pure part): turning jobs on and off.
 * Why a registry: an add-on's time-driven trigger belongs to the script and user, one per user,
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * (the practice: github.com/vtst/google-apps-scripts VtstAddonTriggerLib/README.md).
 */
import { withJob, type Registry } from '../../src/gas/schedule/registry';

test('a spreadsheet is registered with the first job and dropped with the last', () => {
  let r: Registry = {};
  r = withJob(r, 'ss-1', 'summary', true);
  expect(r).toEqual({ 'ss-1': { summary: true, reminders: false } });
  r = withJob(r, 'ss-1', 'reminders', true);
  r = withJob(r, 'ss-2', 'reminders', true);
  r = withJob(r, 'ss-1', 'summary', false);
  expect(r).toEqual({ 'ss-1': { summary: false, reminders: true }, 'ss-2': { summary: false, reminders: true } });
  r = withJob(r, 'ss-1', 'reminders', false);
  expect(r).toEqual({ 'ss-2': { summary: false, reminders: true } });
  expect(withJob(r, 'ss-2', 'reminders', false)).toEqual({});
});

test('turning a job off where it was never on changes nothing', () => {
  const r: Registry = { 'ss-1': { summary: true, reminders: false } };
  expect(withJob(r, 'ss-9', 'summary', false)).toEqual(r);
  expect(withJob(r, 'ss-1', 'reminders', false)).toEqual(r);
});
