// Violence and repression at home against people no actor names: against the doer's own country, in the active,
// the passive and with a prepositional target; never when the sentence names another country or body.
import { describe, expect, it } from 'vitest';
import { A, eventsOf, shown } from './fixture.ts';

const code = (text: string, actors: Parameters<typeof eventsOf>[1]) => eventsOf(text, actors, '2003-08-19').map((e) => shown(e, 'cameo', false)).sort();
const police = A('Bolivian police', 'BOLCOP');
const troops = A('Bolivian troops', 'BOLMIL');

describe('events: violence at home against unnamed people', () => {
  it('troops killing villagers, active and passive, is against their own country', () => {
    expect(code('Bolivian troops killed nine miners near the mine.', [troops])).toEqual(['BOLMIL>BOL 190']);
    expect(code('Nine miners were killed by Bolivian troops.', [troops])).toEqual(['BOLMIL>BOL 190']);
  });
  it('tear gas fired at a crowd, or used to break it up, is repression of the own country (175)', () => {
    expect(code('Bolivian police fired tear gas at striking teachers.', [police])).toEqual(['BOLCOP>BOL 175']);
    expect(code('Bolivian police used water cannon to disperse a crowd of farmers.', [police])).toEqual(['BOLCOP>BOL 175']);
  });
  it('no own-country target when the object is no people, or another country or body is named', () => {
    expect(code('Bolivian troops destroyed three bridges.', [troops])).not.toContain('BOLMIL>BOL 190');
    expect(code('Bolivian troops killed nine miners, Chile said.', [troops, A('Chile', 'CHL')]).filter((s) => s.startsWith('BOLMIL>BOL '))).toEqual([]);
    expect(code('Bolivian troops killed nine Peruvian miners.', [troops, A('Peruvian miners', 'PER')])).toEqual(['BOLMIL>PER 190']);
  });
  it('a match won is no violence', () => {
    expect(code('The police beat the army 2-1 in a football league match.', [A('army', 'BOLMIL'), A('police', 'BOLCOP')])).toEqual([]);
  });
  it('an unnamed official killed at home is the own country too', () => {
    expect(code('Bolivian rebels assassinated a provincial governor.', [A('Bolivian rebels', 'BOLREB')])).toEqual(['BOLREB>BOL 186']);
  });
  it('people after "of" count only after a group or number ("a crowd of farmers"), not after a thing ("the accounts of the mayor")', () => {
    expect(code('Bolivian troops shelled the house of the mayor.', [troops]).filter((x) => x.startsWith('BOLMIL>BOL '))).toEqual([]);
    expect(code('Bolivian troops shelled a crowd of farmers.', [troops])).toEqual(['BOLMIL>BOL 194']);
  });
  it('what is fired acts for the one firing it ("fired tear gas to disperse")', () => {
    expect(code('Bolivian police fired tear gas to disperse striking miners.', [police])).toEqual(['BOLCOP>BOL 175']);
  });
});
