/**
 * JSON lines on stdout (journald keeps them; `journalctl -u wardwatch-scanner -o cat | jq`): one object per
 * line with time, level, message and context. Never throws: a context that cannot be serialised is logged
 * by its keys.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

export interface Logger {
  error(msg: string, context?: Record<string, unknown>): void;
  warn(msg: string, context?: Record<string, unknown>): void;
  info(msg: string, context?: Record<string, unknown>): void;
  debug(msg: string, context?: Record<string, unknown>): void;
}

export function jsonLogger(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const emit = (at: LogLevel, msg: string, context?: Record<string, unknown>) => {
    if (RANK[at] > RANK[level]) return;
    let line: string;
    try {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...context });
    } catch {
      line = JSON.stringify({ time: new Date().toISOString(), level: at, msg, contextKeys: Object.keys(context ?? {}) });
    }
    write(`${line}\n`);
  };
  return {
    error: (msg, context) => emit('error', msg, context),
    warn: (msg, context) => emit('warn', msg, context),
    info: (msg, context) => emit('info', msg, context),
    debug: (msg, context) => emit('debug', msg, context),
  };
}

/** An error's message for a log line (no stack: these are expected failures at the edges). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
