// realign show <id> [--json]: one stored document with its layers.
import { EXIT, type Command } from '../command.ts';

const command: Command = {
  name: 'show',
  summary: 'show one stored document with its actors, events, relations and claims',
  usage: 'realign show <id> [--json]',
  flags: [{ name: 'json', type: 'boolean', description: 'print the stored document as JSON' }],
  exitCodes: { 1: 'no document with that id' },
  async run({ positionals, flags }, io) {
    if (positionals.length !== 1) { io.stderr.write('realign show: give one document id (see realign docs)\n'); return EXIT.usage; }
    const { openStore } = await import('../open-store.ts');
    const store = await openStore(flags, { stderr: io.stderr });
    try {
      let id = positionals[0]!;
      let d = await store.getDocument(id);
      if (!d && /^[0-9a-f]{4,15}$/.test(id)) {
        // a unique prefix of an id is enough
        const all = await store.listDocuments({ limit: 1_000_000 });
        const hits = all.filter((r) => r.id.startsWith(id));
        if (hits.length === 1) d = await store.getDocument((id = hits[0]!.id));
      }
      if (!d) { io.stderr.write(`realign show: no document ${positionals[0]}\n`); return EXIT.someInputsFailed; }
      if (flags.json) { io.stdout.write(JSON.stringify(d, null, 2) + '\n'); return EXIT.ok; }
      const w = (s: string) => io.stdout.write(s + '\n');
      w(`${d.title ?? '(no title)'}`);
      w(`id ${d.id}${d.url ? ` · ${d.url}` : ''}${d.source ? ` · from ${d.source}` : ''}`);
      w([d.published, d.author && `by ${d.author}`, d.publisher, d.section, d.dateline && `dateline ${d.dateline}`, d.language].filter(Boolean).join(' · '));
      w('');
      w(d.body);
      w('');
      w(`actors (${d.actors.length})`);
      for (const a of d.actors) w(`  ${a.code.padEnd(8)} ${a.text} [${a.start},${a.end}) ${a.entry}`);
      w(`events (${d.events.length})`);
      for (const e of d.events) w(`  ${e.date} ${e.cameo} ${e.src_code ?? '-'} → ${e.tgt_code ?? '-'} ${e.modality}: ${(e.quote ?? '').slice(0, 100)}`);
      w(`relations (${d.relations.length})`);
      for (const r of d.relations) w(`  ${r.a}–${r.b} ${r.direction}: ${r.quote.slice(0, 100)}`);
      w(`claims (${d.claims.length})`);
      for (const c of d.claims) w(`  ${c.subject ?? '-'} ${c.measure} = ${c.value} ${c.unit}: ${c.quote.slice(0, 100)}`);
      for (const n of d.notes) w(`note: ${n}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};

export default command;
