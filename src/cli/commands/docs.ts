// realign docs [--limit N] [--q text] [--json]: list stored documents.
import { EXIT, type Command } from '../command.ts';

const command: Command = {
  name: 'docs',
  summary: 'list stored documents (newest first)',
  usage: 'realign docs [--limit N] [--q text] [--json]',
  flags: [
    { name: 'limit', type: 'string', description: 'how many to list', default: '20' },
    { name: 'offset', type: 'string', description: 'skip this many first', default: '0' },
    { name: 'q', type: 'string', description: 'only documents whose title or body contains this text' },
    { name: 'json', type: 'boolean', description: 'print JSON Lines, one document summary per line' },
  ],
  async run({ flags }, io) {
    const limit = Number(flags.limit), offset = Number(flags.offset);
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) { io.stderr.write('realign docs: --limit and --offset take whole numbers\n'); return EXIT.usage; }
    const { openStore } = await import('../open-store.ts');
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      const rows = await store.listDocuments({ limit, offset, q: (flags.q as string | undefined) ?? undefined });
      if (flags.json) { for (const r of rows) io.stdout.write(JSON.stringify(r) + '\n'); return EXIT.ok; }
      if (!rows.length) { io.stdout.write(flags.q ? `no stored document matches "${flags.q}"\n` : 'no documents stored yet (realign ingest <files>)\n'); return EXIT.ok; }
      for (const r of rows) {
        const title = (r.title ?? '(no title)').slice(0, 70);
        io.stdout.write(`${r.id}  ${r.published ?? '----------'}  ${String(r.event_count).padStart(3)} ev  ${title}${r.publisher ? ` — ${r.publisher}` : ''}\n`);
      }
      const total = await store.countDocuments();
      if (!flags.q && total > offset + rows.length) io.stdout.write(`(${rows.length} of ${total}; --limit, --offset for more)\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

export default command;
