import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-io.ts';
import { seedDb } from './analytics-cli.fixture.ts';

describe('realign network', () => {
  let db: string;
  beforeAll(async () => { db = await seedDb(); });
  it('draws the signed network at a date', async () => {
    const r = await runCli(['network', '--db', db, '--at', '2012-11', '--min-evidence', '1', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ metric: 'network.signed.v1', at: '2012-11-30' });
    const e = (a: string, b: string) => j.edges.find((x: { a: string; b: string }) => x.a === a && x.b === b);
    expect(e('PAK', 'RUS').sign).toBe(1);
    expect(e('PAK', 'USA').sign).toBe(-1);
    expect(e('CHN', 'PAK').sign).toBe(1);
    expect(j.balance.triangles).toBeGreaterThanOrEqual(0);
    const t = await runCli(['network', '--db', db, '--at', '2012-11', '--min-evidence', '1']);
    expect(t.out).toMatch(/blocs \(signed modularity/);
    expect((await runCli(['network', '--db', db])).code).toBe(2);
    expect((await runCli(['network', '--db', db, '--at', '2012-02-30'])).code).toBe(2);
  });
});
