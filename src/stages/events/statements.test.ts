// Statements about another party ("X said talks with Y were going well"): 010, or 012/013/111 by the tone of the clause,
// or 112 when the clause says Y did a hostile deed; none when the clause coded its own event, is about the speaker's
// own side, or names Y only as a place, a company or deep inside the clause.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';

const code = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2012-04-02').map((e) => shown(e, 'cameo', false)).sort();
const NZ = A('New Zealand', 'NZL'), FJ = A('Fiji', 'FJI');

describe('events: statements about another party', () => {
  it('the tone of the clause picks the code', () => {
    expect(code('New Zealand said on Monday that talks with Fiji were making good progress.', [NZ, FJ])).toEqual(['NZL>FJI 013']);
    expect(code('New Zealand said a settlement with Fiji looked unlikely this year.', [NZ, FJ])).toEqual(['NZL>FJI 012']);
    expect(code("New Zealand said Fiji's new decree was illegal.", [NZ, A('Fiji', 'FJI')])).toEqual(['NZL>FJI 111']);
    expect(code("New Zealand said Fiji's election would be held in September.", [NZ, FJ])).toEqual(['NZL>FJI 010']);
  });
  it('a hostile deed said of the other party is an accusation', () => {
    expect(code('New Zealand says militias backed by Fiji burned the ferry.', [NZ, FJ])).toEqual([]);
    expect(code('New Zealand says Fiji burned the ferry.', [NZ, FJ])).toContain('NZL>FJI 112');
  });
  it('no statement when the clause is about the speaker itself, codes its own event, or names no party', () => {
    const about = (t: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(t, actors, '2012-04-02').filter((e) => e.rule === 'frames:statement-about');
    expect(about('New Zealand said it hoped talks with Fiji would resume.', [NZ, FJ])).toEqual([]);
    expect(about('New Zealand said talks with Fiji would resume.', [NZ, FJ])).toHaveLength(1);
    expect(code('New Zealand said it would send aid to Fiji.', [NZ, FJ])).toEqual(['NZL>FJI 070']);
    expect(code('New Zealand said fighting in Fiji would spread.', [NZ, A('Fiji', 'FJI', 'country', { locationOnly: true })])).toEqual([]);
    expect(code('New Zealand criticised Fiji, saying talks with Tonga had stalled.', [NZ, FJ, A('Tonga', 'TON')])).toEqual(['NZL>FJI 111']);
  });
  it('a gerund after "said" is the subject of the said clause, no act of the speaker', () => {
    expect(code('New Zealand said fighting near the border would spread.', [NZ])).toEqual([]);
  });
});

describe('events: denials of a deed named by a gerund', () => {
  it('the denial is aimed at the other party and the deed is not asserted', () => {
    const ev = eventsOf('Fiji denied shelling New Zealand ships.', [FJ, A('New Zealand', 'NZL')], '2012-04-02');
    expect(ev.map((e) => `${shown(e, 'cameo', false)} ${e.modality}`).sort()).toEqual(['FJI>NZL 016 asserted', 'FJI>NZL 194 negated']);
  });
});

describe('events: statements to a party told', () => {
  it('"X told Y that ...", "X informed Y of ..." is X→Y 010 (or its tone) when what was told codes nothing', () => {
    expect(code('New Zealand told Fiji that the ferry route would stay closed.', [NZ, FJ])).toEqual(['NZL>FJI 010']);
    expect(code('New Zealand informed Fiji of its decision.', [NZ, FJ])).toEqual(['NZL>FJI 010']);
    expect(code('New Zealand told Fiji to withdraw its troops.', [NZ, FJ])[0]).toMatch(/^NZL>FJI 10/);
  });
  it('reporters told are no party; what they were told may be about one', () => {
    expect(code('New Zealand told reporters that talks with Fiji were going well.', [NZ, FJ])).toEqual(['NZL>FJI 013']);
  });
});
