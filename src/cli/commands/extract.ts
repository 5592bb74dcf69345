// realign extract <files | url | -> [--json]: the whole pipeline on articles, no store.
import { EXIT, type Command } from '../command.ts';
import type { Doc } from '../../doc/types.ts';

function summary(doc: Doc): string {
  const m = doc.meta;
  const lines = [
    m.title ?? '(no title)',
    [m.published, m.author && `by ${m.author}`, m.publisher, m.section, m.dateline && `dateline ${m.dateline}`, m.language].filter(Boolean).join(' · '),
    `${doc.text.length} characters, ${doc.sentences.length} sentences; ${doc.actors.length} actors, ${doc.events.length} events, ${doc.relations.length} relations, ${doc.claims.length} claims`,
    '',
    doc.text.length > 600 ? `${doc.text.slice(0, 600)}…` : doc.text,
  ];
  for (const e of doc.events) lines.push(`  event ${e.cameo} ${e.source.code} → ${e.target?.code ?? '-'} (${e.modality}, ${e.date}): ${doc.text.slice(e.span[0], e.span[1]).slice(0, 120)}`);
  for (const n of doc.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}

const command: Command = {
  name: 'extract',
  summary: 'read one article (or several) through the whole pipeline and print what it says, without storing',
  usage: 'realign extract <files | url | ->... [--json]',
  flags: [{ name: 'json', type: 'boolean', description: 'print JSON (one object; JSON Lines with a "file" field for several documents)' }],
  exitCodes: { 1: 'some inputs failed (the rest were printed)' },
  async run({ positionals, flags }, io) {
    if (!positionals.length) { io.stderr.write('realign extract: name a file, URL or - (see --help)\n'); return EXIT.usage; }
    const [{ readInputs }, { read }, { extractJson }] = await Promise.all([
      import('../../ingest/read-inputs.ts'), import('../../pipeline/default.ts'), import('../../doc/json.ts'),
    ]);
    const out: Array<{ input: string; doc: Doc }> = [];
    let failed = 0;
    for await (const o of readInputs(positionals, { stdin: io.stdin })) {
      if ('error' in o) { failed++; io.stderr.write(`${o.input}: ${o.error}\n`); continue; }
      try { out.push({ input: o.input, doc: read(o.doc) }); } catch (e) { failed++; io.stderr.write(`${o.input}: ${(e as Error).message.split('\n')[0]}\n`); }
    }
    const several = out.length + failed > 1 || positionals.length > 1;
    for (const { input, doc } of out) {
      if (flags.json) io.stdout.write(JSON.stringify(several ? { file: input, ...extractJson(doc) } : extractJson(doc), null, several ? undefined : 2) + '\n');
      else io.stdout.write(`${several ? `== ${input}\n` : ''}${summary(doc)}${several ? '\n' : ''}`);
    }
    if (!out.length) return failed ? EXIT.someInputsFailed : EXIT.error;
    return failed ? EXIT.someInputsFailed : EXIT.ok;
  },
};

export default command;
