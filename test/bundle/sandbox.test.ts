/**
 * The built dist/Code.js in a node:vm context, as Apps Script's V8 runs it (jest's globalSetup builds it).
 * https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) (what crosses google.script.run)
 * https://developers.google.com/apps-script/guides/menus (add-on menu items name top-level functions)
 * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulator } from '../../src/local/emulator/emulator';
import { loadBundle } from '../../src/local/sandbox';
import * as gasMain from '../../src/gas/main';

const OWNER = 'bdv@quan3.vn';
const CODE = path.resolve('dist/Code.js');
const SIDEBAR = path.resolve('dist/Sidebar.html');

describe('dist/Code.js in the sandbox', () => {
  test('it loads with no Node globals in reach', () => {
    const bundle = createEmulator({ owner: OWNER }).load(CODE);
    for (const name of ['require', 'module', 'exports', 'process', 'Buffer', 'setTimeout', 'setInterval', 'global']) {
      expect([name, bundle.evaluate(`typeof ${name}`)]).toEqual([name, 'undefined']);
    }
    expect(bundle.evaluate('typeof SpreadsheetApp')).toBe('object');
  });

  test('every name exported by src/gas/main.ts is a top-level function of Code.js', () => {
    const bundle = createEmulator({ owner: OWNER }).load(CODE);
    const exported = Object.keys(gasMain).filter((k) => typeof (gasMain as Record<string, unknown>)[k] === 'function');
    expect(exported.length).toBeGreaterThan(0);
    expect(bundle.functionNames()).toEqual(expect.arrayContaining(exported));
  });

  test('opening the file builds the add-on menu "Mở bảng điều khiển" → showSidebar, even before authorization', () => {
    const emu = createEmulator({ owner: OWNER });
    emu.load(CODE);
    const runs = emu.fireOpen(OWNER, { authMode: 'NONE' });
    expect(runs.map((r) => r.error)).toEqual([undefined]);
    expect(emu.ui.addonMenuItems()).toContainEqual(['Mở bảng điều khiển', 'showSidebar']);
  });

  test('showSidebar shows dist/Sidebar.html titled "Dân vận khéo"', () => {
    const emu = createEmulator({ owner: OWNER });
    const bundle = emu.load(CODE);
    if (!existsSync(SIDEBAR)) {
      expect(() => bundle.call('showSidebar')).toThrow('No HTML file named Sidebar was found.');
      return;
    }
    bundle.call('showSidebar');
    const shown = emu.ui.lastSidebar();
    expect(shown?.title).toBe('Dân vận khéo');
    expect(shown?.html).toBe(readFileSync(SIDEBAR, 'utf8'));
  });
});

describe('google.script.run semantics of bundle.call', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-bundle-'));
  const file = path.join(dir, 'Code.js');
  writeFileSync(file, [
    'function whoAmI() { return Session.getActiveUser().getEmail(); }',
    'function today() { return { at: new Date(), n: 1 }; }',
    'function clockNow() { return Date.now(); }',
    'function echo(x) { return x; }',
    'function holes() { return { list: [1, undefined, 3], gone: undefined, kept: null }; }',
    'function helper_() { return "secret"; }',
    'function lockAndKeep() { return LockService.getScriptLock().tryLock(0); }',
    'function mailError() { try { MailApp.sendEmail("khong-hop-le", "s", "b"); } catch (e) { return e instanceof Error ? e.message : "not an Error"; } }',
    'function kinds() { var k = PropertiesService.getScriptProperties().getKeys(); var t; try { null.x; } catch (e) { t = e; } return [k instanceof Array, t instanceof TypeError, t instanceof Error, new RangeError("r") instanceof TypeError]; }',
  ].join('\n'));

  test('it runs as the emulator\'s current user', () => {
    const emu = createEmulator({ owner: OWNER });
    const bundle = loadBundle(emu, file);
    expect(bundle.call('whoAmI')).toBe(OWNER);
    emu.user = 'phuong1@quan3.vn';
    expect(bundle.call('whoAmI')).toBe('phuong1@quan3.vn');
  });

  test('a result holding a Date reaches the client as null; Date in the bundle reads the fake clock', () => {
    const emu = createEmulator({ owner: OWNER, now: '2021-05-18T08:00:00+07:00' });
    const bundle = loadBundle(emu, file);
    expect(bundle.call('today')).toBeNull();
    expect(bundle.call('clockNow')).toBe(Date.parse('2021-05-18T08:00:00+07:00'));
  });

  test('undefined in arrays becomes null and undefined fields disappear; the server gets a copy', () => {
    const bundle = loadBundle(createEmulator({ owner: OWNER }), file);
    expect(bundle.call('holes')).toEqual({ list: [1, null, 3], kept: null });
    const arg = { unit: 'Phường 1', rows: [1, 2] };
    const back = bundle.call('echo', arg);
    expect(back).toEqual(arg);
    expect(back).not.toBe(arg);
  });

  test('a Date or a function as an argument fails the request', () => {
    const bundle = loadBundle(createEmulator({ owner: OWNER }), file);
    expect(() => bundle.call('echo', { when: new Date() })).toThrow(/illegal value/);
    expect(() => bundle.call('echo', () => 1)).toThrow(/illegal value/);
  });

  test('private functions (name ending in _) and unknown names cannot be called', () => {
    const bundle = loadBundle(createEmulator({ owner: OWNER }), file);
    expect(bundle.functionNames()).toContain('helper_');
    expect(() => bundle.call('helper_')).toThrow('Script function not found: helper_');
    expect(() => bundle.call('nope')).toThrow('Script function not found: nope');
  });

  test('errors and arrays from the services pass instanceof Error / Array in the bundle, as in Apps Script', () => {
    const bundle = loadBundle(createEmulator({ owner: OWNER }), file);
    expect(bundle.call('mailError')).toBe('Invalid email: khong-hop-le');
    expect(bundle.call('kinds')).toEqual([true, true, true, false]);
  });

  test('each call is its own execution: a lock taken in one is free for the next', () => {
    const bundle = loadBundle(createEmulator({ owner: OWNER }), file);
    expect(bundle.call('lockAndKeep')).toBe(true);
    expect(bundle.call('lockAndKeep')).toBe(true);
  });
});
