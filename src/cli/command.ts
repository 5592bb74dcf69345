// The shape of a CLI command: a typed flag table tied to the library's options, and a
// run function that calls the library and returns an exit code.
import { parseArgs } from 'node:util';

export type FlagType = 'string' | 'boolean';
export interface Flag { name: string; type: FlagType; short?: string; description: string; default?: string | boolean; multiple?: boolean }

export interface IO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

export interface Command {
  name: string;
  summary: string;
  /** e.g. "realign ingest <paths | urls | ->..." */
  usage: string;
  flags: Flag[];
  /** what the exit codes mean, beyond the common ones */
  exitCodes?: Record<number, string>;
  run(args: { positionals: string[]; flags: Record<string, unknown> }, io: IO): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, someInputsFailed: 1, usage: 2, error: 3, locked: 4 } as const;

export const COMMON_FLAGS: Flag[] = [
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
  { name: 'db', type: 'string', description: 'database file (default ./realign.duckdb, or $REALIGN_DB)' },
];

export class UsageError extends Error {}

export function parse(cmd: Command, argv: string[]) {
  const options: Record<string, { type: FlagType; short?: string; multiple?: boolean }> = {};
  for (const f of [...COMMON_FLAGS, ...cmd.flags]) options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    const flags: Record<string, unknown> = {};
    for (const f of [...COMMON_FLAGS, ...cmd.flags]) flags[f.name] = values[f.name] ?? f.default;
    return { positionals, flags };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function helpText(cmd: Command): string {
  const lines = [`${cmd.usage}`, '', cmd.summary, '', 'Options:'];
  for (const f of [...cmd.flags, ...COMMON_FLAGS]) {
    const left = `  ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'string' ? ' <value>' : ''}`;
    lines.push(`${left.padEnd(30)} ${f.description}${f.default !== undefined ? ` (default ${f.default})` : ''}`);
  }
  const codes = { 0: 'success', 1: 'some inputs failed (the rest were processed)', 2: 'bad usage', 3: 'error', 4: 'database in use by another process', ...(cmd.exitCodes ?? {}) };
  lines.push('', 'Exit codes:');
  for (const [k, v] of Object.entries(codes)) lines.push(`  ${k}  ${v}`);
  return lines.join('\n') + '\n';
}

/** The database path from flags or environment. */
export const dbPath = (flags: Record<string, unknown>) => String(flags.db ?? process.env.REALIGN_DB ?? './realign.duckdb');
