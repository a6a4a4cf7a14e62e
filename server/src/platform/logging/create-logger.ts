import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * One JSON object per line by default (timestamp, level, context, message and
 * any structured fields), which log shippers parse without configuration.
 * LOG_FORMAT=text gives the human-friendly console format for development.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): ConsoleLogger {
  const levels = ORDER.slice(0, ORDER.indexOf(config.logLevel) + 1);
  return new ConsoleLogger({ json: config.logFormat === 'json', logLevels: levels, colors: config.logFormat === 'text' });
}
