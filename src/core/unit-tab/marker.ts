/**
 * The name of the named range that marks a unit's tab. Developer metadata is not exported to .xlsx;
 * a named range is (as a defined name) and comes back on import, so this marker keeps a tab's unit
 * through Google → .xlsx → Google. Named-range names allow only ASCII letters, digits and "_": the
 * unit's folded name (readable in Data → Named ranges) plus a hash of its canonical name, so two
 * units that fold alike ("Phường Bến Thành" / "Phường Bến Thanh") still get two names.
 */
import { looseNameKey, nameKey } from '../names';
import { digest36 as hash } from '../digest';

export const MARKER_PREFIX = 'DVK_';

export function unitMarkerName(unit: string): string {
  return `${MARKER_PREFIX}${looseNameKey(unit).replace(/ /g, '_').slice(0, 60)}_${hash(nameKey(unit))}`;
}
