/**
 * The sweep's `Microsoft.Dynamics.CRM.In` runs: 200 values a query (far below SQL Server's 2,100 parameters a
 * statement) and 7,000 URL characters. A plain GET must stay well inside the URL limits of the servers on the way (the
 * emulator's Node server refuses request lines past 16 KB); a GET inside `$batch` may be longer, but one size for both
 * keeps the request the same whichever way it goes.
 */
export const SWEEP_IN_LIMITS = { maxValues: 200, maxChars: 7_000 } as const;
