import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoOf, isoOfDemonym } from './countries.ts';
import { nameMeasure } from './measure.ts';
import { claimVocab, loadClaimVocab } from './vocab.ts';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'realign-claimvocab-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'claims', version: '1.0.0', date: '2026-11-30', source: 'test' }));
  for (const [f, t] of Object.entries({ 'qualifiers.jsonl': '', 'units.jsonl': '', 'measures.jsonl': '', ...files })) writeFileSync(join(dir, f), t);
  return dir;
}

describe('claims vocabulary', () => {
  it('a scale without a factor is an error quoting file and line', () => {
    const dir = folder({ 'units.jsonl': '// units\n{"id":"m","kind":"scale","pattern":"million"}\n' });
    expect(() => loadClaimVocab(dir)).toThrow(/units\.jsonl:2: "factor" must be a positive number for a scale/);
  });

  it('a measure rule needs np or before', () => {
    const dir = folder({ 'measures.jsonl': '{"id":"x","measure":"m"}\n' });
    expect(() => loadClaimVocab(dir)).toThrow(/measures\.jsonl:1: a measure rule needs "np" or "before"/);
  });

  it('names measures by the first rule that fits', () => {
    const v = claimVocab();
    expect(nameMeasure(v, 'percent', 'the trade', 'Chile is the largest arms exporter with a ')?.measure).toBe('share of global arms exports');
    expect(nameMeasure(v, 'percent', 'the trade', 'Chile is the largest copper exporter with a ')?.measure).toBe('share of global copper exports');
    expect(nameMeasure(v, 'percent', 'global shipments', 'Chile is the largest exporter of copper, with ')?.measure).toBe('share of global copper exports');
    expect(nameMeasure(v, 'percent', 'the trade', 'Chile has a ')?.measure).toBe('share of trade');
    expect(nameMeasure(v, 'percent', 'Peruvian arms sales', 'Chile accounts for ')?.measure).toBe('share of Peruvian arms sales');
    expect(nameMeasure(v, 'percent', 'GDP', 'Chile spends ')?.measure).toBe('percent of GDP');
  });
});

describe('country names', () => {
  it('maps names, variants and codes to ISO alpha-3', () => {
    expect(isoOf('Russia')).toBe('RUS');
    expect(isoOf('United States')).toBe('USA');
    expect(isoOf('Turkiye')).toBe('TUR');
    expect(isoOf('Viet Nam')).toBe('VNM');
    expect(isoOf("Cote d'Ivoire")).toBe('CIV');
    expect(isoOf('PAK')).toBe('PAK');
    expect(isoOf('unknown supplier(s)')).toBeNull();
    expect(isoOfDemonym('Russian')).toBe('RUS');
  });
});
