// realign eval --gold FILE [--pred FILE]: score the event coder against sentence gold.
import { EXIT, UsageError, type Command } from '../command.ts';
import type { Modality } from '../../doc/types.ts';

const MODALITIES: Modality[] = ['asserted', 'reported', 'intended', 'hypothetical', 'negated', 'cancelled'];

const cmd: Command = {
  name: 'eval',
  summary: 'Score event coding against a gold set (PETRARCH or PLOVER records): precision, recall, F1, per class, confusion, misses and extras',
  usage: 'realign eval --gold FILE [--pred FILE] [--key root|code|plover] [--modality LIST] [--intent modality|cameo] [--json]',
  flags: [
    { name: 'gold', type: 'string', description: 'gold JSON Lines file (PETRARCH validation or PLOVER records)' },
    { name: 'pred', type: 'string', description: 'predictions from `realign code` (default: run the coder on the gold sentences)' },
    { name: 'key', type: 'string', description: 'what must match besides the dyad: root, code or plover (default: root and code for PETRARCH, plover for PLOVER)' },
    { name: 'modality', type: 'string', description: 'modalities that count as coded events, comma-separated (default: asserted,reported,intended; asserted when the gold states each coding\'s modality, the others are then reported in a modality table)' },
    { name: 'intent', type: 'string', description: 'how intended events are scored: "modality" (our convention: the action, modality intended) or "cameo" (recoded as the 03x/13x code of the stated intention, as PETRARCH and the CAMEO manual code them)', default: 'modality' },
    { name: 'list', type: 'string', description: 'how many misses and extras to list', default: '50' },
    { name: 'json', type: 'boolean', description: 'print the reports as JSON' },
  ],
  async run({ flags }, io) {
    if (!flags.gold) throw new UsageError('--gold FILE is required');
    const { readGold } = await import('../../eval/gold.ts');
    const { score, formatReport } = await import('../../eval/score.ts');
    const { predict, readPredictions, DEFAULT_COUNTED, ALL_MODALITIES } = await import('../../eval/predict.ts');
    const gold = readGold(String(flags.gold));
    const counted = flags.modality
      ? String(flags.modality).split(',').map((s) => s.trim()).filter(Boolean) as Modality[]
      : gold.hasModality ? ['asserted'] as Modality[] : DEFAULT_COUNTED;
    for (const m of counted) if (!MODALITIES.includes(m)) throw new UsageError(`unknown modality "${m}" (one of ${MODALITIES.join(', ')})`);
    // with per-coding gold modality, keep every prediction: scoring filters both sides and tabulates the rest
    const kept = gold.hasModality ? ALL_MODALITIES : counted;
    for (const e of gold.errors) io.stderr.write(`realign eval: ${e}\n`);
    let preds;
    if (flags.pred) {
      const r = readPredictions(String(flags.pred), kept);
      for (const e of r.errors) io.stderr.write(`realign eval: ${e}\n`);
      preds = r.preds;
    } else {
      const t0 = performance.now();
      preds = predict(gold.items, { counted: kept });
      if (!flags.json) io.stderr.write(`coded ${gold.items.length} sentences in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
    }
    if (flags.intent !== 'modality' && flags.intent !== 'cameo') throw new UsageError(`--intent must be modality or cameo, not "${String(flags.intent)}"`);
    if (flags.intent === 'cameo') {
      const { intentAsCode } = await import('../../eval/intent.ts');
      for (const [id, l] of preds) preds.set(id, l.map(intentAsCode));
    }
    const keys = flags.key ? [String(flags.key)] : gold.format === 'plover' ? ['plover'] : ['root', 'code'];
    for (const k of keys) if (!['root', 'code', 'plover'].includes(k)) throw new UsageError(`--key must be root, code or plover, not "${k}"`);
    const reports = keys.map((k) => score(gold.items, preds, k as 'root' | 'code' | 'plover', gold.hasModality ? { counted } : {}));
    if (flags.json) io.stdout.write(JSON.stringify({ gold: String(flags.gold), format: gold.format, counted, reports }, null, 1) + '\n');
    const listMax = Number(flags.list);
    if (!Number.isInteger(listMax) || listMax < 0) throw new UsageError(`--list must be a whole number, not "${String(flags.list)}"`);
    if (!flags.json) for (const r of reports) io.stdout.write(formatReport(r, { listMax }) + '\n');
    return gold.errors.length ? EXIT.someInputsFailed : EXIT.ok;
  },
};
export default cmd;
