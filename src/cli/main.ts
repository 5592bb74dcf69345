// The realign binary: a thin shell. Each command module is imported lazily.
import { EXIT, helpText, parse, UsageError, type Command, type IO } from './command.ts';
import { StoreLockedError } from '../store/duckdb.ts';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  demo: () => import('./commands/demo.ts'),
  ingest: () => import('./commands/ingest.ts'),
  extract: () => import('./commands/extract.ts'),
  docs: () => import('./commands/docs.ts'),
  show: () => import('./commands/show.ts'),
  code: () => import('./commands/code.ts'),
  eval: () => import('./commands/eval.ts'),
  import: () => import('./commands/import.ts'),
  fetch: () => import('./commands/fetch.ts'),
  export: () => import('./commands/export.ts'),
  dyad: () => import('./commands/dyad.ts'),
  shifts: () => import('./commands/shifts.ts'),
  network: () => import('./commands/network.ts'),
  brief: () => import('./commands/brief.ts'),
  'check-claims': () => import('./commands/check-claims.ts'),
  serve: () => import('./commands/serve.ts'),
};

export async function main(argv: string[], io: IO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = ['Usage: realign <command> [options]', '', 'Commands:'];
    for (const n of Object.keys(COMMANDS)) {
      try { lines.push(`  ${n.padEnd(14)} ${(await COMMANDS[n]!()).default.summary}`); } catch { /* not built */ }
    }
    lines.push('', 'Run "realign <command> --help" for a command\'s options.');
    io.stdout.write(lines.join('\n') + '\n');
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) { io.stderr.write(`realign: unknown command "${name}" (see realign --help)\n`); return EXIT.usage; }
  const cmd = (await load()).default;
  try {
    const args = parse(cmd, rest);
    if (args.flags.help) { io.stdout.write(helpText(cmd)); return EXIT.ok; }
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) { io.stderr.write(`realign ${name}: ${e.message}\n\n${helpText(cmd)}`); return EXIT.usage; }
    if (e instanceof StoreLockedError) { io.stderr.write(`realign ${name}: ${e.message}\n`); return EXIT.locked; }
    io.stderr.write(`realign ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.REALIGN_DEBUG && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT.error;
  }
}

const isMain = process.argv[1] && /(?:src[\\/]cli[\\/]main\.ts|bin[\\/]realign(?:\.js)?)$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin })
    .then((code) => { process.exitCode = code; });
}
