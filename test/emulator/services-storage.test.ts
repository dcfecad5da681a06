/**
 * PropertiesService and CacheService: where the add-on keeps settings and short-lived results.
 * https://developers.google.com/apps-script/reference/properties/properties
 * https://developers.google.com/apps-script/guides/services/quotas (9 KB a value, 500 KB a store)
 * https://developers.google.com/apps-script/reference/cache/cache (default 600 s, at most 21600 s)
 */
import { FakeClock } from '../../src/local/emulator/clock';
import { CallCounter, type EmulatorContext } from '../../src/local/emulator/context';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { PropertyStores, createPropertiesService } from '../../src/local/emulator/services/properties';
import { CacheStores, createCacheService } from '../../src/local/emulator/services/cache';

function setup() {
  const clock = new FakeClock('2021-05-17T09:00:00+07:00');
  const ctx: EmulatorContext = {
    data: newSpreadsheetData({ owner: 'bdv@quan3.vn' }), now: () => clock.now(), activeUser: 'bdv@quan3.vn',
    effectiveUser: 'bdv@quan3.vn', authMode: 'FULL', calls: new CallCounter(),
  };
  return {
    clock, ctx,
    props: createPropertiesService(ctx, new PropertyStores()),
    cache: createCacheService(ctx, new CacheStores()),
  };
}

describe('PropertiesService', () => {
  test('set/get/keys/delete round-trip, values stored as strings, chaining returns the store', () => {
    const { props, ctx } = setup();
    const doc = props.getDocumentProperties();
    expect(doc.setProperty('round', 'Đợt 1').setProperty('n', 3 as unknown as string)).toBe(doc);
    expect(doc.getProperty('round')).toBe('Đợt 1');
    expect(doc.getProperty('n')).toBe('3');
    expect(doc.getProperty('missing')).toBeNull();
    expect(doc.getKeys().sort()).toEqual(['n', 'round']);
    doc.deleteProperty('n');
    expect(doc.getProperties()).toEqual({ round: 'Đợt 1' });
    doc.deleteAllProperties();
    expect(doc.getKeys()).toEqual([]);
    expect(ctx.calls.snapshot()['Properties.setProperty']).toBe(2);
  });

  test('getProperties returns a copy; setProperties(obj, true) deletes all others', () => {
    const { props } = setup();
    const script = props.getScriptProperties();
    script.setProperties({ a: '1', b: '2' });
    const copy = script.getProperties();
    copy.a = 'changed';
    expect(script.getProperty('a')).toBe('1');
    script.setProperties({ c: '3' }, true);
    expect(script.getProperties()).toEqual({ c: '3' });
  });

  test('document, script and user stores are separate; the user store follows the effective user', () => {
    const { props, ctx } = setup();
    props.getDocumentProperties().setProperty('k', 'doc');
    props.getScriptProperties().setProperty('k', 'script');
    props.getUserProperties().setProperty('k', 'bdv');
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(props.getUserProperties().getProperty('k')).toBeNull();
    props.getUserProperties().setProperty('k', 'p1');
    expect(props.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(props.getScriptProperties().getProperty('k')).toBe('script');
    ctx.effectiveUser = 'bdv@quan3.vn';
    expect(props.getUserProperties().getProperty('k')).toBe('bdv');
  });

  test('a value over 9 KB throws and is not stored', () => {
    const { props } = setup();
    const doc = props.getDocumentProperties();
    doc.setProperty('ok', 'x'.repeat(9 * 1024));
    // Vietnamese letters take 2-3 bytes in UTF-8: 4,000 "ệ" are 12,000 bytes.
    expect(() => doc.setProperty('big', 'ệ'.repeat(4000))).toThrow('Argument too large: value');
    expect(doc.getProperty('big')).toBeNull();
  });

  test('a store over 500 KB throws and keeps its previous content', () => {
    const { props } = setup();
    const doc = props.getDocumentProperties();
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) doc.setProperty(`k${i}`, chunk);
    expect(() => doc.setProperties({ k56: chunk, k57: chunk })).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(doc.getKeys()).toHaveLength(56);
  });
});

describe('CacheService', () => {
  test('put/get/remove; a missing key is null', () => {
    const { cache, ctx } = setup();
    const c = cache.getScriptCache();
    c.put('summary', '{"units":12}');
    expect(c.get('summary')).toBe('{"units":12}');
    c.remove('summary');
    expect(c.get('summary')).toBeNull();
    expect(ctx.calls.snapshot()).toMatchObject({ 'Cache.put': 1, 'Cache.get': 2, 'Cache.remove': 1 });
  });

  test('entries expire by the clock: default 10 minutes, or the seconds given', () => {
    const { cache, clock } = setup();
    const c = cache.getDocumentCache()!;
    c.put('default', 'v');
    c.put('short', 'v', 30);
    clock.advance(29_000);
    expect(c.getAll(['default', 'short'])).toEqual({ default: 'v', short: 'v' });
    clock.advance(1_000);
    expect(c.get('short')).toBeNull();
    clock.advance(570_000 - 1);
    expect(c.get('default')).toBe('v');
    clock.advance(1);
    expect(c.get('default')).toBeNull();
  });

  test('expiry is capped at 6 hours', () => {
    const { cache, clock } = setup();
    const c = cache.getScriptCache();
    c.put('k', 'v', 86_400);
    clock.advance(21_600_000);
    expect(c.get('k')).toBeNull();
  });

  test('putAll/getAll/removeAll work on many keys; getAll leaves out missing ones', () => {
    const { cache } = setup();
    const c = cache.getScriptCache();
    c.putAll({ a: '1', b: '2', c: '3' }, 60);
    expect(c.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    c.removeAll(['a', 'b']);
    expect(c.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('the user cache is per effective user; document and script caches are shared', () => {
    const { cache, ctx } = setup();
    cache.getUserCache().put('k', 'bdv');
    cache.getDocumentCache()!.put('k', 'doc');
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(cache.getUserCache().get('k')).toBeNull();
    expect(cache.getDocumentCache()!.get('k')).toBe('doc');
    expect(cache.getScriptCache().get('k')).toBeNull();
  });

  test('a key over 250 characters or a value over 100 KB throws', () => {
    const { cache } = setup();
    const c = cache.getScriptCache();
    expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => c.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});
