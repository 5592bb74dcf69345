// Event vocabulary, round 5: invented sentences for the language each family's new patterns cover
// (data/events/verbs.jsonl rows appended in round 5), with hand-built actor mentions.
import { describe, expect, it } from 'vitest';
import { codeEvents } from './index.ts';
import { A, docWith, eventsOf, shown, type ActorSpec } from './fixture.ts';
import { patterns } from './patterns.ts';


/** Every event as "SRC>TGT code modality", sorted. */
const code = (text: string, actors: ActorSpec[]): string[] => eventsOf(text, actors, '2015-03-20').map((e) => shown(e)).sort();
function rules(text: string, actors: ActorSpec[]): string[] {
  const doc = docWith(text, actors, '2015-03-20');
  codeEvents(doc, { date: '2015-03-20' });
  return doc.events.map((e) => e.rule);
}

type Case = [text: string, actors: ActorSpec[], expected: string[]];

const FAMILIES: Record<string, Case[]> = {
  threaten: [
    ['Ruritania vowed to avenge the killing of its soldiers.', [A('Ruritania', 'RUR'), A('its', 'RUR', 'coref')], ['RUR>- 138 asserted']],
    ['Ruritania threatened retaliation against Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], ['RUR>FRE 138 asserted']],
    ['Ruritania set Freedonia a deadline to hand over the pilots.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')], ['RUR>FRE 139 asserted']],
  ],
  reject: [
    ['Ruritania barred Freedonian inspectors from the site.', [A('Ruritania', 'RUR'), A('Freedonian inspectors', 'FREGOV', 'role')], ['RUR>FREGOV 1245 asserted']],
    ['Ruritania denied Freedonian investigators access to the area.', [A('Ruritania', 'RUR'), A('Freedonian investigators', 'FREGOV', 'role')], ['RUR>FREGOV 1245 asserted']],
    ['Chile reneged on its pledge to release Peruvian prisoners.', [A('Chile', 'CHL'), A('its', 'CHL', 'coref'), A('Peruvian prisoners', 'PER', 'group')], ['CHL>PER 1243 asserted']],
    ['Bolivia defied a Peruvian ban on fishing in the lake.', [A('Bolivia', 'BOL'), A('Peruvian', 'PER', 'demonym')], ['BOL>PER 128 asserted']],
    ['Norway turned down an invitation from Chile.', [A('Norway', 'NOR'), A('Chile', 'CHL')], ['NOR>CHL 120 asserted']],
  ],
  concede: [
    ['The Ruritanian prime minister announced his resignation on Monday.', [A('Ruritanian prime minister', 'RURGOV', 'role'), A('his', 'RURGOV', 'coref')], ['RURGOV>- 0831 asserted']],
    ['The Freedonian government made concessions to the strikers.', [A('Freedonian government', 'FREGOV', 'role')], ['FREGOV>- 080 asserted']],
    ['The Ruritanian prime minister resigned on Monday.', [A('Ruritanian prime minister', 'RURGOV', 'role')], ['RURGOV>- 0831 asserted']],
    ['The Freedonian junta handed over power to an elected council.', [A('Freedonian junta', 'FREMIL', 'role')], ['FREMIL>- 0831 asserted']],
    ['Chile paid compensation to Peru for the seized cargo.', [A('Chile', 'CHL'), A('Peru', 'PER')], ['CHL>PER 080 asserted']],
    ['Chile allowed Peruvian fishermen to enter its waters.', [A('Chile', 'CHL'), A('Peruvian fishermen', 'PER', 'group'), A('its', 'CHL', 'coref')], ['CHL>PER 080 asserted']],
    // (ending or postponing a protest is aimed where the protest was: the own government, as protests are)
    ['The Ruritanian unions postponed the general strike.', [A('Ruritanian unions', 'RURLAB', 'group')], ['RURLAB>RURGOV 082 asserted']],
    ['The Freedonian government granted an amnesty to political prisoners.', [A('Freedonian government', 'FREGOV', 'role')], ['FREGOV>- 0841 asserted']],
  ],
  retreat: [
    // "cease-fire" is split by the tokenizer; the loader adds the split form to the word lists
    ['Ruritanian rebels declared a cease-fire.', [A('Ruritanian rebels', 'RURREB', 'group')], ['RURREB>- 0871 asserted']],
    ['Chilean troops completed their withdrawal from Bolivia.', [A('Chilean troops', 'CHLMIL', 'role'), A('Bolivia', 'BOL')], ['CHLMIL>BOL 0874 asserted']],
    ['Ruritanian rebels disbanded their militias.', [A('Ruritanian rebels', 'RURREB', 'group')], ['RURREB>- 0873 asserted']],
  ],
  investigate: [
    ['Norwegian prosecutors opened a criminal case against a Chilean bank.', [A('Norwegian prosecutors', 'NORJUD', 'role'), A('Chilean bank', 'CHLBUS', 'group')], ['NORJUD>CHLBUS 091 asserted']],
    ['The Peruvian senate held hearings into the Bolivian incursion.', [A('Peruvian senate', 'PERLEG', 'role'), A('Bolivian', 'BOL', 'demonym')], ['PERLEG>BOL 093 asserted']],
    ['Norway widened its inquiry into war crimes by Ruritania.', [A('Norway', 'NOR'), A('its', 'NOR', 'coref'), A('Ruritania', 'RUR')], ['NOR>RUR 094 asserted']],
  ],
  accuse: [
    ['Chile blamed the attack on Peru.', [A('Chile', 'CHL'), A('Peru', 'PER')], ['CHL>PER 112 asserted']],
  ],
  demand: [
    ['The Ruritanian opposition demanded new elections.', [A('Ruritanian opposition', 'RUROPP', 'group')], ['RUROPP>- 104 asserted']],
    ['Chile called for an international inquiry.', [A('Chile', 'CHL')], ['CHL>- 020 asserted']],
    ['Peru demanded an apology from Chile.', [A('Peru', 'PER'), A('Chile', 'CHL')], ['PER>CHL 100 asserted']],
  ],
  protest: [
    ['Ruritanian teachers walked out over pay.', [A('Ruritanian teachers', 'RUREDU', 'group')], ['RUREDU>RURGOV 143 asserted']],
    ['Ruritanian dockworkers launched a nationwide strike.', [A('Ruritanian dockworkers', 'RURLAB', 'group')], ['RURLAB>RURGOV 143 asserted']],
    ['Freedonians banged pots and pans in protest.', [A('Freedonians', 'FRE', 'demonym')], ['FRE>FREGOV 141 asserted']],
    ['Freedonian farmers staged a sit-in outside the Ruritanian embassy.', [A('Freedonian farmers', 'FREAGR', 'group'), A('Ruritanian embassy', 'RURGOV', 'role')], ['FREAGR>RURGOV 141 asserted']],
    ['Freedonian protesters clashed with riot police in the capital.', [A('Freedonian protesters', 'FRECVL', 'group')], ['FRECVL>FREGOV 145 asserted']],
    ['Freedonian students occupied the ministry to protest the fee rise.', [A('Freedonian students', 'FREEDU', 'group')], ['FREEDU>FREGOV 144 asserted']],
    ['Ruritanian rioters torched police stations in the capital.', [A('Ruritanian rioters', 'RURCVL', 'group')], ['RURCVL>RURGOV 145 asserted']],
    ['Freedonian opposition supporters collected signatures for a recall referendum.', [A('Freedonian opposition supporters', 'FREOPP', 'group')], ['FREOPP>FREGOV 140 asserted']],
  ],
  sanction: [
    ['Freedonia froze arms exports to Ruritania.', [A('Freedonia', 'FRE'), A('Ruritania', 'RUR')], ['FRE>RUR 163 asserted']],
    ['Ruritania declared two Freedonian diplomats persona non grata.', [A('Ruritania', 'RUR'), A('Freedonian diplomats', 'FREGOV', 'role')], ['RUR>FREGOV 161 asserted']],
    ['The African Union suspended Ruritania\'s membership.', [A('African Union', 'IGO', 'org'), A('Ruritania', 'RUR')], ['IGO>RUR 160 asserted']],
  ],
  coerce: [
    ['The Freedonian navy seized a Ruritanian tanker.', [A('Freedonian navy', 'FREMIL', 'role'), A('Ruritanian', 'RUR', 'demonym')], ['FREMIL>RUR 1711 asserted']],
    ['Ruritanian hackers defaced hundreds of Freedonian websites.', [A('Ruritanian hackers', 'RUR', 'group'), A('Freedonian', 'FRE', 'demonym')], ['RUR>FRE 170 asserted']],
    ['Freedonian hackers broke into the computers of the Ruritanian defence ministry.', [A('Freedonian hackers', 'FRE', 'group'), A('Ruritanian defence ministry', 'RURGOV', 'role')], ['FRE>RURGOV 170 asserted']],
    ['The Freedonian government ordered the closure of two opposition newspapers.', [A('Freedonian government', 'FREGOV', 'role')], ['FREGOV>FRE 1721 asserted']],
    ['The Ruritanian army declared a state of siege in the north.', [A('Ruritanian army', 'RURMIL', 'role')], ['RURMIL>RUR 1724 asserted']],
    ['Ruritanian police raided the offices of a Freedonian broadcaster.', [A('Ruritanian police', 'RURCOP', 'role'), A('Freedonian broadcaster', 'FREMED', 'group')], ['RURCOP>FREMED 1711 asserted']],
  ],
  mobilize: [
    ['Freedonia unveiled a new ballistic missile.', [A('Freedonia', 'FRE')], ['FRE>- 150 asserted']],
    ['The Ruritanian navy launched patrols off the coast.', [A('Ruritanian navy', 'RURMIL', 'role')], ['RURMIL>- 150 asserted']],
    ['Chile reinforced its border with Peru.', [A('Chile', 'CHL'), A('its', 'CHL', 'coref'), A('Peru', 'PER')], ['CHL>PER 154 asserted']],
  ],
  aid: [
    ['Norway evacuated wounded Chilean miners.', [A('Norway', 'NOR'), A('Chilean miners', 'CHLLAB', 'group')], ['NOR>CHLLAB 073 asserted']],
    ['Norway sent tents and blankets to Chile.', [A('Norway', 'NOR'), A('Chile', 'CHL')], ['NOR>CHL 073 asserted']],
  ],
  assault: [
    // the words of the attack refine the killing: a suicide attack, an air strike
    ['A Ruritanian suicide bomber killed three Freedonian soldiers in Lima.', [A('Ruritanian suicide bomber', 'RURREB', 'group'), A('Freedonian soldiers', 'FREMIL', 'role'), A('Lima', 'PER', 'capital', { locationOnly: true })], ['RURREB>FREMIL 1831 asserted']],
    ['Ruritanian warplanes killed twenty Freedonian civilians.', [A('Ruritanian warplanes', 'RURMIL', 'role'), A('Freedonian civilians', 'FRECVL', 'group')], ['RURMIL>FRECVL 195 asserted']],
    ['Freedonian pirates seized a Ruritanian tanker.', [A('Freedonian pirates', 'FRECRM', 'group'), A('Ruritanian', 'RUR', 'demonym')], ['FRECRM>RUR 181 asserted']],
    ['Ruritanian forces fired rockets into Freedonia.', [A('Ruritanian forces', 'RURMIL', 'role'), A('Freedonia', 'FRE')], ['RURMIL>FRE 194 asserted']],
  ],
};

describe('event vocabulary round 5: one family at a time', () => {
  for (const [family, cases] of Object.entries(FAMILIES)) {
    describe(family, () => {
      for (const [text, actors, expected] of cases) it(text, () => expect(code(text, actors)).toEqual([...expected].sort()));
    });
  }
});

describe('event vocabulary round 5: ordinary text that must not code', () => {
  const none: Case[] = [
    // a business withdrawing a product, a coach leaving a club, a charity drive, groceries refused, a celebration
    ['The Chilean company completed the withdrawal of its old phone from the market.', [A('Chilean company', 'CHLBUS', 'group')], []],
    ['The Peruvian coach resigned from the football club after three defeats.', [A('Peruvian coach', 'PER', 'group')], []],
    ['Bolivian farmers collected signatures for a local charity.', [A('Bolivian farmers', 'BOLAGR', 'group')], []],
    ['The Chilean chef refused food from the supermarket.', [A('Chilean chef', 'CHL', 'group')], []],
    ['Peruvian students boycotted classes to celebrate the cricket victory.', [A('Peruvian students', 'PEREDU', 'group')], []],
    // firefighting is no fight with the police; an offer of concessions is no concession yet
    ['The Bolivian police fought the fire for hours.', [A('Bolivian police', 'BOLCOP', 'role')], []],
    ['Hanging banners, Chilean fans cheered the team.', [A('Chilean fans', 'CHL', 'group')], []],
  ];
  for (const [text, actors, expected] of none) it(text, () => expect(code(text, actors)).toEqual(expected));

  it('the new rows carry their own rule ids', () => {
    const r = rules('The Ruritanian opposition demanded new elections.', [A('Ruritanian opposition', 'RUROPP', 'group')]);
    expect(r).toEqual([expect.stringMatching(/^verbs\.v1:demand#\d+$/)]);
    expect(r[0]).not.toBe('verbs.v1:demand#1');
  });

  it('an offer of concessions is no concession yet', () => {
    expect(code('Ruritania offered concessions to Freedonia.', [A('Ruritania', 'RUR'), A('Freedonia', 'FRE')]).some((e) => e.includes(' 080 '))).toBe(false);
  });
});

describe('event vocabulary round 5: hyphenated words', () => {
  // the tokenizer splits "cease-fire" into "cease - fire"; the loader adds that form to every word list
  it('matches a hyphenated object, requirement or complement word as the tokenizer splits it', async () => {
    const { splitHyphens } = await import('./patterns.ts');
    expect(splitHyphens('cease-fire')).toBe('cease - fire');
    expect(splitHyphens('sit-down protest')).toBe('sit - down protest');
    expect(splitHyphens('ceasefire')).toBeNull();
    const p = patterns();
    const rows = [...p.verbs.values()].flat().filter((r) => (r.object ?? []).includes('cease-fire'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.object).toContain('cease - fire');
    expect(p.complements.some((c) => c.words.includes('cease - fire'))).toBe(true);
  });
});
