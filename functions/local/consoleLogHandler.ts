import type { LogHandler } from '@azure/functions';

/**
 * Prints the handlers' structured log lines for a person watching `npm start`: the event and its fields on one
 * line, warnings and errors to stderr.
 */
export const consoleLogHandler: LogHandler = (level, ...args) => {
  const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  const line = `[functions] ${readable(text)}`;
  if (level === 'error' || level === 'warning' || level === 'critical') console.error(line);
  else console.log(line);
};

function readable(text: string): string {
  try {
    const { level: _level, event, ...fields } = JSON.parse(text) as Record<string, unknown>;
    const rest = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    return `${String(event)} ${rest}`;
  } catch {
    return text;
  }
}
