// realign code: JSON Lines of {id, text, date} in (stdin or files), one JSON line per event
// out. Streams: each record is read, coded, written and dropped; memory stays flat.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EXIT, type Command, type IO } from '../command.ts';

const cmd: Command = {
  name: 'code',
  summary: 'Code events from sentences: JSON Lines {id, text, date} in, one JSON line per event out',
  usage: 'realign code [files... | -]',
  flags: [
    { name: 'modality', type: 'string', description: 'only events of these modalities, comma-separated (default: all)' },
  ],
  async run({ positionals, flags }, io) {
    const { createDoc } = await import('../../doc/doc.ts');
    const { coderPipeline } = await import('../../pipeline/default.ts');
    const pipeline = coderPipeline();
    const only = flags.modality ? new Set(String(flags.modality).split(',').map((s) => s.trim())) : null;
    const inputs = positionals.length ? positionals : ['-'];
    let failed = 0;
    for (const input of inputs) {
      const name = input === '-' ? '<stdin>' : input;
      let stream: NodeJS.ReadableStream;
      if (input === '-') stream = io.stdin;
      else {
        const s = createReadStream(input, { encoding: 'utf8' });
        const ok = await new Promise<boolean>((res) => { s.once('open', () => res(true)); s.once('error', (e) => { io.stderr.write(`realign code: ${input}: cannot read (${(e as NodeJS.ErrnoException).code ?? e.message})\n`); res(false); }); });
        if (!ok) { failed++; continue; }
        stream = s;
      }
      const rl = createInterface({ input: stream, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        let rec: { id?: unknown; text?: unknown; date?: unknown };
        try { rec = JSON.parse(line); } catch (e) { io.stderr.write(`realign code: ${name}:${n}: not valid JSON (${(e as Error).message})\n`); failed++; continue; }
        if (typeof rec.text !== 'string') { io.stderr.write(`realign code: ${name}:${n}: record has no "text" string\n`); failed++; continue; }
        const date = typeof rec.date === 'string' && /^\d{4}-?\d{2}-?\d{2}/.test(rec.date) ? rec.date.replace(/^(\d{4})-?(\d{2})-?(\d{2}).*$/, '$1-$2-$3') : null;
        if (rec.date != null && !date) { io.stderr.write(`realign code: ${name}:${n}: "date" must be YYYY-MM-DD, got ${JSON.stringify(rec.date)}\n`); failed++; continue; }
        const id = rec.id == null ? `${name}:${n}` : String(rec.id);
        let out = '';
        try {
          const doc = pipeline.run(createDoc(rec.text, { published: date }), { date });
          for (const e of doc.events) {
            if (only && !only.has(e.modality)) continue;
            const { id: eventId, ...rest } = e;
            out += JSON.stringify({ id, event: eventId, ...rest }) + '\n';
          }
        } catch (e) { io.stderr.write(`realign code: ${name}:${n}: ${(e as Error).message}\n`); failed++; continue; }
        if (out) await write(io, out);
      }
    }
    return failed ? EXIT.someInputsFailed : EXIT.ok;
  },
};

/** Write, waiting for the stream to drain when its buffer is full (constant memory). */
function write(io: IO, s: string): Promise<void> | void {
  if (io.stdout.write(s)) return;
  return new Promise((res) => io.stdout.once('drain', () => res()));
}

export default cmd;
