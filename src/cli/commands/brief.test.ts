import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-io.ts';
import { seedDb } from './analytics-cli.fixture.ts';

describe('realign brief', () => {
  let db: string;
  beforeAll(async () => { db = await seedDb(); });
  it('prints the picture as JSON in the formats.md shape', async () => {
    const r = await runCli(['brief', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.at).toBe('2012-11-16');
    const pr = j.dyads.find((d: { a: string; b: string }) => d.a === 'PAK' && d.b === 'RUS');
    expect(pr).toMatchObject({ direction: 'warming', index: expect.any(Number), summary: expect.stringContaining('Pakistan–Russia: warming') });
    expect(pr.evidence[0]).toMatchObject({ kind: expect.stringMatching(/^(event|relation)$/), id: expect.any(String), quote: expect.any(String) });
  });
  it('prints text, narrows to a focus, and rejects bad flags', async () => {
    const r = await runCli(['brief', '--db', db, '--focus', 'usa']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('India–United States: warming');
    expect(r.out).not.toContain('Pakistan–Russia');
    expect((await runCli(['brief', '--db', db, '--focus', 'Pakistan'])).code).toBe(2);
    expect((await runCli(['brief', '--db', db, '--at', 'yesterday'])).code).toBe(2);
    const missing = await runCli(['brief', '--db', '/nonexistent/x.duckdb']);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/nonexistent\/x\.duckdb: no database there/);
  });
});
