import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, seedDb } from './analytics-cli.fixture.ts';

describe('realign shifts', () => {
  let db: string;
  beforeAll(async () => { db = await seedDb(); });
  it('lists change points, none flagged on one article, and all of them on request', async () => {
    const r = await runCli(['shifts', '--db', db, '--json', '--min-events', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ metric: 'shifts.pelt.v1', by: 'month', shifts: [] });
    const t = await runCli(['shifts', '--db', db, '--countries', 'PAK,RUS']);
    expect(t.out).toBe('no shifts found\n');
    expect((await runCli(['shifts', '--db', db, '--countries', 'PAK,Russia'])).code).toBe(2);
  });
});
