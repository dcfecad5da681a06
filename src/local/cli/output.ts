/** Where a command's report goes: human text, or with --json one JSON document and nothing else. */
export interface Output {
  json: boolean;
  /** A line of the human report (dropped under --json). */
  line(text?: string): void;
  /** The machine-readable document (printed only under --json). */
  document(value: unknown): void;
}

export function consoleOutput(json: boolean): Output {
  return {
    json,
    line: (text = '') => { if (!json) process.stdout.write(`${text}\n`); },
    document: (value) => { if (json) process.stdout.write(`${JSON.stringify(value, null, 2)}\n`); },
  };
}

/** "Range.getValues 3, Sheet.insertSheet 32…": the service calls an execution made, most used first. */
export function callsSummary(calls: Record<string, number>, top = 8): string {
  const sorted = Object.entries(calls).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  const shown = sorted.slice(0, top).map(([m, c]) => `${m} ${c}`).join(', ');
  return `${total} lệnh gọi dịch vụ${shown ? ` (${shown}${sorted.length > top ? ', …' : ''})` : ''}`;
}
