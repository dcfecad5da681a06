/**
 * dvk play FILE [--today YYYY-MM-DD]: the local playground over FILE (src/local/playground), served
 * on 127.0.0.1 until Ctrl+C. The port is PORT from the environment, else 8080 (or a free one).
 */
import { startPlayground } from '../../playground';
import { allowOnly, todayOption, type CliArgs } from '../args';
import type { Output } from '../output';

export async function playCommand(args: CliArgs, _out: Output): Promise<number> {
  allowOnly(args, ['today']);
  const pg = await startPlayground({ file: args.file, now: todayOption(args) });
  process.stdout.write(`Mở ${pg.url}\n(Ctrl+C để dừng; mọi thay đổi được lưu vào ${args.file})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await pg.close();
  return 0;
}
