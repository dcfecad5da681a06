/**
 * What refreshes saw of each unit (core/results/report-status UnitSeen), in the document's
 * properties: one read of all, one write of the changed ones. A key per unit keeps every value far
 * under the 9 KB a property may hold.
 */
import { parseSeen, type UnitSeen } from '../../core/results';

const PREFIX = 'dvk.seen.';

export function readSeen(): Map<string, UnitSeen> {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const out = new Map<string, UnitSeen>();
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const seen = parseSeen(v);
    if (seen) out.set(k.slice(PREFIX.length), seen);
  }
  return out;
}

export function writeSeen(changed: ReadonlyMap<string, UnitSeen>): void {
  if (changed.size === 0) return;
  const props: Record<string, string> = {};
  for (const [unit, seen] of changed) props[PREFIX + unit] = JSON.stringify(seen);
  PropertiesService.getDocumentProperties().setProperties(props);
}
