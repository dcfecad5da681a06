/**
 * A pure text function remembered per input: a full check folds the same few hundred texts (kinds,
 * headers, unit names, "Tháng 5/2021") tens of thousands of times, and normalising Unicode is
 * among the slowest things a script does. Bounded: the memory is dropped when it fills.
 */
export function memoText(fn: (s: string) => string, max = 20_000): (s: string) => string {
  let seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= max) seen = new Map();
      v = fn(s);
      seen.set(s, v);
    }
    return v;
  };
}
