/**
 * `dvk <command> FILE [options]` → a plain object. Hand-rolled (no dependency): the CLI has few
 * options, and every mistake must end as one line on stderr with exit 2, never a stack trace.
 */
import { morningOf } from '../morning';

export class UsageError extends Error {}

export interface CliArgs {
  command: string;
  file: string;
  /** Options by name without the dashes; flags are true. */
  options: Record<string, string | true>;
}

/** Options that take a value, and flags; anything else is a usage error. */
const VALUED = new Set(['today', 'out', 'as', 'owner', 'unit', 'outbox', 'wait', 'year']);
const FLAGS = new Set(['report', 'json', 'force', 'help', 'dry-run', 'prefill']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  const options: CliArgs['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') { options.help = true; continue; }
    if (!arg.startsWith('--')) { positional.push(arg); continue; }
    const [name, inline] = splitOption(arg.slice(2));
    if (FLAGS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} không nhận giá trị`);
      options[name] = true;
    } else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} cần một giá trị`);
      options[name] = value;
    } else {
      throw new UsageError(`tùy chọn không rõ: --${name}`);
    }
  }
  const [command = '', file = '', ...extra] = positional;
  if (extra.length) throw new UsageError(`thừa đối số: ${extra.join(' ')}`);
  return { command, file, options };
}

function splitOption(s: string): [string, string | undefined] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)];
}

export function stringOption(args: CliArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** Rejects options a command does not use, so a typo is not silently ignored. */
export function allowOnly(args: CliArgs, allowed: readonly string[]): void {
  for (const name of Object.keys(args.options)) {
    if (!allowed.includes(name) && name !== 'help') throw new UsageError(`dvk ${args.command} không dùng --${name}`);
  }
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+$/;

export function emailOption(args: CliArgs, name: string): string | undefined {
  const v = stringOption(args, name);
  if (v !== undefined && !EMAIL.test(v)) throw new UsageError(`--${name}: “${v}” không phải địa chỉ e-mail`);
  return v?.toLowerCase();
}

/**
 * --today YYYY-MM-DD → 08:00 that day in Asia/Ho_Chi_Minh (a coordinator's working morning);
 * without it, the real current time.
 */
export function todayOption(args: CliArgs, real: () => Date = () => new Date()): Date {
  const v = stringOption(args, 'today');
  if (v === undefined) return real();
  const at = morningOf(v);
  if (!at) throw new UsageError(`--today: “${v}” không phải ngày dạng YYYY-MM-DD`);
  return at;
}
