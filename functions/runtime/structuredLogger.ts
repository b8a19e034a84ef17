import type { InvocationContext } from '@azure/functions';
import type { PluginLogger } from '../../plugins/Plugin';

/**
 * One JSON object per log line, with the correlation id on every line. Callers pass only ids, counts and outcomes —
 * never a token, a key or a full record.
 */
export function structuredLogger(context: InvocationContext, base: Readonly<Record<string, unknown>>): PluginLogger {
  const write = (level: 'info' | 'warn' | 'error', event: string, fields: Readonly<Record<string, unknown>> = {}) => {
    const line = JSON.stringify({ level, event, ...base, ...fields });
    if (level === 'error') context.error(line);
    else if (level === 'warn') context.warn(line);
    else context.log(line);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}
