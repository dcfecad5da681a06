/**
 * The `dvk` CLI (built to dist/local/dvk.cjs, started by bin/dvk.js). Each command opens a .xlsx
 * file in the emulator and calls the built bundle's own server functions as the file's owner (or
 * --as someone): the CLI implements no campaign rule itself.
 */
import { parseArgs, stringOption, UsageError, type CliArgs } from './args';
import { checkCommand } from './commands/check';
import { initCommand } from './commands/init';
import { sampleCommand } from './commands/sample';
import { setupCommand } from './commands/setup';
import { playCommand } from './commands/play';
import { summaryCommand } from './commands/summary';
import { remindCommand } from './commands/remind';
import { reportCommand } from './commands/report';
import { printCommand } from './commands/print';
import { nextCommand } from './commands/next';
import { consoleOutput, type Output } from './output';
import { USAGE } from './usage';
import { oneLine } from './workbook';
import { LOCK_WAIT_MS, withFileLock } from './file-lock';
import { refuseReadOnly } from './read-only';

type Command = (args: CliArgs, out: Output) => Promise<number>;
const COMMANDS: Record<string, Command> = { init: initCommand, setup: setupCommand, summary: summaryCommand, check: checkCommand, sample: sampleCommand, remind: remindCommand, report: reportCommand, print: printCommand, play: playCommand, next: nextCommand };

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.help || args.command === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!args.command) throw new UsageError('thiếu lệnh (init, setup, check, sample, remind); xem dvk --help');
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`lệnh không rõ: ${args.command}; xem dvk --help`);
    if (!args.file) throw new UsageError(`dvk ${args.command} cần tên tệp .xlsx`);
    const run = () => command(args, consoleOutput(Boolean(args.options.json)));
    // The playground keeps the file open for as long as it is served: it takes no lock.
    if (args.command === 'play') return await run();
    const out = typeof args.options.out === 'string' ? args.options.out : undefined;
    if (!out && !args.options['dry-run']) refuseReadOnly(args.file);
    const wait = waitOption(args);
    return await withFileLock([args.file, ...(out ? [out] : [])], `dvk ${args.command}`, run, wait);
  } catch (e) {
    // Expected failures are one line; an unexpected one also, unless DVK_DEBUG asks for the stack.
    if (!(e instanceof UsageError) && process.env.DVK_DEBUG) console.error(e);
    process.stderr.write(`dvk: ${oneLine(e)}\n`);
    return 2;
  }
}

/** --wait SECONDS: how long to wait for another dvk process on the file (default 60); taken off before the command checks its options. */
function waitOption(args: CliArgs): number {
  const v = stringOption(args, 'wait');
  delete args.options.wait;
  if (v === undefined) return LOCK_WAIT_MS;
  if (!/^\d+$/.test(v)) throw new UsageError('--wait cần số giây (số nguyên không âm)');
  return Number(v) * 1000;
}

// `node dist/local/dvk.cjs …` works too; bin/dvk.js calls main() itself.
if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
