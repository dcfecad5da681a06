/**
 * Logger and console: both collect lines the tests read instead of writing to Node's stdout
 * (the vm sandbox has no Node console).
 * https://developers.google.com/apps-script/reference/base/logger
 */
import type { EmulatorContext } from '../context';

export interface LogLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  source: 'Logger' | 'console';
  message: string;
  at: Date;
}

const show = (v: unknown): string =>
  typeof v === 'string' ? v : v instanceof Error ? `${v.name}: ${v.message}`
    : typeof v === 'object' && v !== null && !(v instanceof Date) ? safeJson(v) : String(v);

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

type LoggerSubset = Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>;

export function createLogger(ctx: EmulatorContext, lines: LogLine[]): LoggerSubset {
  const logger: LoggerSubset = {
    /** log(data) or log(format, ...values) with %s placeholders. */
    log(data: unknown, ...values: unknown[]) {
      ctx.calls.record('Logger.log');
      let message = show(data);
      if (typeof data === 'string' && values.length > 0) {
        let i = 0;
        message = data.replace(/%s/g, () => (i < values.length ? show(values[i++]) : '%s'));
      }
      lines.push({ level: 'log', source: 'Logger', message, at: new Date(ctx.now()) });
      return logger as GoogleAppsScript.Base.Logger;
    },
    getLog() {
      ctx.calls.record('Logger.getLog');
      return lines.filter((l) => l.source === 'Logger').map((l) => l.message).join('\n');
    },
    clear() {
      ctx.calls.record('Logger.clear');
      for (let i = lines.length - 1; i >= 0; i--) if (lines[i].source === 'Logger') lines.splice(i, 1);
    },
  };
  return logger;
}

export function createConsole(ctx: EmulatorContext, lines: LogLine[]) {
  const at = (level: LogLine['level']) => (...args: unknown[]): void => {
    lines.push({ level, source: 'console', message: args.map(show).join(' '), at: new Date(ctx.now()) });
  };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}
