/** Where unit tabs go in a hub + member campaign (core/members/assign): decided before anything is made. */
import { CampaignSchema, type Campaign } from '../../src/core/campaign';
import { QUAN3_2021 } from '../../src/core/campaign/quan3-2021';
import { assignUnits, HUB, memberName, type MemberRecord } from '../../src/core/members/assign';
import * as z from 'zod/mini';

function campaign(units: { name: string; type: string; group?: string }[], tabsPerFile = 3): Campaign {
  const c = z.parse(CampaignSchema, { ...QUAN3_2021, units: units.map((u) => ({ ...u, emails: [] })) });
  return { ...c, tabsPerFile };
}
const type = QUAN3_2021.unitTypes[0];
const units = (n: number, prefix = 'U') => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1}`, type: type.id }));

test('a campaign that fits stays in the hub, as today', () => {
  const p = assignUnits(campaign(units(3)), new Map(), []);
  expect([...p.values()]).toEqual([{ kind: 'file', file: HUB }, { kind: 'file', file: HUB }, { kind: 'file', file: HUB }]);
});

test('past the cap, units go to new members of their group, tabsPerFile each', () => {
  const p = [...assignUnits(campaign(units(7)), new Map(), []).values()];
  expect(p.map((x) => (x.kind === 'new' ? `${x.group}#${x.seq}` : x.kind))).toEqual([
    `${type.name}#1`, `${type.name}#1`, `${type.name}#1`, `${type.name}#2`, `${type.name}#2`, `${type.name}#2`, `${type.name}#3`]);
});

test('a unit with a tab stays where it is; a new one fills a member with room; its own group wins over its type', () => {
  const m: MemberRecord = { key: 'member:A#1', name: 'Sổ A', group: type.name, id: 'm1', url: '', units: ['U1', 'U2'] };
  const c = campaign([...units(3), { name: 'X', type: type.id, group: 'Khối X' }]);
  const placed = new Map([['u1', HUB], ['u2', 'm1']]);
  const p = assignUnits(c, placed, [m]);
  expect(p.get('u1')).toEqual({ kind: 'file', file: HUB });
  expect(p.get('u3')).toEqual({ kind: 'file', file: 'm1' });
  expect(p.get('x')).toEqual({ kind: 'new', group: 'Khối X', seq: 1 });
});

test('a group whose member is still being made (no id) is held back, not given a second file', () => {
  const m: MemberRecord = { key: 'member:A#1', name: 'Sổ A', group: type.name, id: '', url: '', units: [] };
  expect(assignUnits(campaign(units(4)), new Map(), [m]).get('u4')).toEqual({ kind: 'blocked', group: type.name });
});

test('member names say the group and, past the first, a number', () => {
  expect(memberName('Quận 3 2025', 'Phường, xã', 1)).toBe('Sổ đăng ký – Phường, xã – Quận 3 2025');
  expect(memberName('Quận 3 2025', 'Phường, xã', 2)).toBe('Sổ đăng ký – Phường, xã (2) – Quận 3 2025');
});
