import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';
import { chunk, chunkText } from './chunk.ts';
import { phrasesRight, verbInfo } from './clause.ts';

/** verb → "link subject|subject" for each verb group */
function read(text: string) {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0]!;
  const chunks = chunk(tokens, s.tokenStart, s.tokenEnd);
  const out: Record<string, string> = {};
  for (const [k, v] of verbInfo(chunks, tokens)) {
    out[chunkText(tokens, chunks[k]!)] = `${v.link} ${v.subject.map((p) => p.chunks.map((c) => chunkText(tokens, chunks[c]!)).join(' of ')).join('|')}${v.appos ? ' ~ ' + v.appos.chunks.map((c) => chunkText(tokens, chunks[c]!)).join(' of ') : ''}`;
  }
  return out;
}

describe('verb arguments', () => {
  it('a verb after the infinitive of the opening noun phrase has that noun phrase as its subject', () => {
    expect(read("Peru's bid to join the trade talks was rebuffed by Chile.")['was rebuffed']).toBe("direct Peru 's bid");
    expect(read("Peru's bid to join the talks of the Andean states was rebuffed by Chile.")['was rebuffed']).toBe("direct Peru 's bid");
    // (a verb after an infinitive of another verb keeps its own subject)
    expect(read('Peru decided to expel the envoy and Chile protested.')['protested']).toBe('direct Chile');
  });
  it('a gerund after "of" and a noun of intending is the subject\'s own act; after another object noun, the object\'s', () => {
    expect(read('Nepal has no intention of visiting Bhutan.')['visiting']).toBe('gerund Nepal');
    expect(read('Nepal accused the envoy of visiting rebels.')['visiting']).toBe('gerund the envoy');
  });
  it('subject before the verb, skipping a time phrase', () => {
    expect(read('Chile on Monday visited Peru.')).toEqual({ visited: 'direct Chile' });
  });
  it('coordinated subjects', () => {
    expect(read('Peru, Chile and Bolivia met.')).toEqual({ met: 'direct Peru|Chile|Bolivia' });
  });
  it('", and" opens a new clause', () => {
    expect(read('Peru visited Chile in May, and Bolivia visited Chile in June.')['visited']).toBeDefined();
    const r = read('Peru hosted Chile in May, and Bolivia visited Chile in June.');
    expect(r).toEqual({ hosted: 'direct Peru', visited: 'direct Bolivia' });
  });
  it('an "of" chain and a prepositional phrase in the subject', () => {
    expect(read('The leaders of Chile met.')).toEqual({ met: 'direct The leaders of Chile' });
    expect(read('The envoy for Chile visited Peru.')).toEqual({ visited: 'direct The envoy' });
  });
  it('relative clauses take the antecedent', () => {
    expect(read('It was Peru who attacked Chile.')['attacked']).toBe('rel Peru');
  });
  it('control and object control', () => {
    const r = read('Peru decided to attack Chile.');
    expect(r['attack']).toBe('control Peru');
    expect(read('Peru urged Chile to withdraw.')['withdraw']).toBe('objcontrol Chile');
  });
  it('coordinated verbs share the subject', () => {
    expect(read('Peru visited Chile and praised Bolivia.')['praised']).toBe('coord Peru');
  });
  it('an appositive between commas', () => {
    expect(read('The envoy of Peru, Juan Soto, visited Chile.')).toEqual({ visited: 'direct Juan Soto ~ The envoy of Peru' });
  });
  it('a gerund after "of" takes the object of the verb before', () => {
    expect(read('Peru accused Chile of attacking Bolivia.')['attacking']).toBe('gerund Chile');
  });
  it('a bare adjective after a linking verb controls the infinitive like a verb ("is willing to")', () => {
    expect(read('Chile is willing to send troops.')).toEqual({ is: 'direct Chile', send: 'control Chile' });
    // a noun phrase with a noun is an object: object control
    expect(read('Chile urged the army to send troops.')['send']).toBe('objcontrol the army');
  });
});

describe('relative clauses and participle phrases in the subject', () => {
  const cases: Array<[string, string, string]> = [
    // a relative clause after a place phrase belongs to the phrase the place phrase modifies
    ['The Chilean troops in Arica who shelled the town withdrew.', 'shelled', 'rel The Chilean troops ~ Arica'],
    ['Peru condemned the drone strike near the airport that killed two officers.', 'killed', 'rel the drone strike ~ the airport'],
    // not after a preposition of another kind: "against X that" is X
    ['Peru widened its campaign against the group that seized the port.', 'seized', 'rel the group'],
    ['The talks with Chile that began in May stalled.', 'began', 'rel Chile'],
    // an irregular participle phrase after the subject is skipped like a regular one
    ['The crews of two ships held in Peruvian waters appealed to Lima.', 'appealed', 'direct The crews of two ships'],
    ['The crews of two ships seized in Peruvian waters appealed to Lima.', 'appealed', 'direct The crews of two ships'],
    // a verb right after a relative clause's object has the clause's antecedent as its subject
    ['Farmers who blocked the highway near Lima burned tyres.', 'burned', 'direct Farmers'],
    // a participle opening the sentence after a span of time ("A day after ...") has the main clause's subject
    ['Two days after attacking the port, the rebels withdrew.', 'attacking', 'gerund the rebels'],
  ];
  for (const [text, verb, want] of cases) it(`${text} → ${verb}: ${want}`, () => expect(read(text)[verb]).toBe(want));
});

describe('an aside in brackets after the subject', () => {
  it('skips the bracketed acronym to the subject before it', () => {
    expect(read('The Andean Labour Office (ALO) criticised Peru.')).toEqual({ criticised: 'direct The Andean Labour Office' });
  });
  it('a bracket with no noun phrase before it gives no subject', () => {
    expect(read('(Reuters) criticised Peru.')['criticised']).not.toContain('Reuters');
  });
});

describe('a noun of means before an infinitive', () => {
  it('"took steps to ease": the infinitive shares the subject of the verb, not the noun', () => {
    expect(read('Peru took steps to ease the rules.')).toEqual({ took: 'direct Peru', ease: 'control Peru' });
    expect(read('Peru made efforts to improve ties.')['improve']).toBe('control Peru');
  });
  it('an agent noun before the infinitive stays its subject', () => {
    expect(read('Peru ordered the troops to leave.')['leave']).toBe('objcontrol the troops');
  });
});

describe('an adverbial "in ... of" phrase before an infinitive', () => {
  it('names no agent of the infinitive', () => {
    expect(read('Crowds blocked streets in defiance of the police to demand reforms.')['demand']).not.toContain('the police');
    expect(read('Peru defended the right of the troops to fire.')['fire']).toBe('control the troops');
  });
});

describe('coordinated subjects of a that-less clause after a speech verb', () => {
  it('"said A and B must leave": both are subjects', () => {
    expect(read('Peru said Chile and Bolivia must leave.')['must leave']).toBe('direct Chile|Bolivia');
  });
  it('after another verb the first noun phrase stays its object', () => {
    expect(read('Peru visited Chile and Bolivia left.')['left']).toBe('direct Bolivia');
  });
});

describe('the infinitive of an attempt named in an adverbial phrase', () => {
  it('"in line with Western efforts to end": its own phrase, not the main subject', () => {
    expect(read('Peru cut trade with Chile in line with Western efforts to end the war.')['end']).toBe('control Western efforts');
  });
  it('"in line with its efforts to end": a possessive pronoun keeps the main subject', () => {
    expect(read('Peru cut trade with Chile in line with its efforts to end the war.')['end']).toBe('control Peru');
  });
});

describe('an object list followed by the subjects of a new verb', () => {
  const objects = (text: string, from: string) => {
    const { sentences, tokens } = tokenize(text);
    const s = sentences[0]!;
    const chunks = chunk(tokens, s.tokenStart, s.tokenEnd);
    const i = chunks.findIndex((c) => c.type === 'NP' && tokens[c.start]!.text === from);
    return phrasesRight(chunks, tokens, i).map((p) => p.chunks.map((k) => tokens.slice(chunks[k]!.start, chunks[k]!.end).map((t) => t.text).join(' ')).join(' '));
  };
  it('", and D and E said": D and E are not objects', () => {
    expect(objects('Peru sent aid to Ecuador, Colombia and Venezuela, and Chile and Bolivia said they would help.', 'Ecuador')).toEqual(['Ecuador', 'Colombia', 'Venezuela']);
  });
  it('"A and B, C and D said": the last comma ends the list', () => {
    expect(objects('Peru threatened Ecuador and Colombia, Chile and Bolivia said.', 'Ecuador')).toEqual(['Ecuador', 'Colombia']);
  });
  it('a list that ends the sentence is whole', () => {
    expect(objects('Peru criticised Ecuador, Colombia, Chile and Bolivia.', 'Ecuador')).toEqual(['Ecuador', 'Colombia', 'Chile', 'Bolivia']);
  });
  it('a participle after the last conjunct is no new verb', () => {
    expect(objects('Peru sent aid to Ecuador and Colombia hit by floods.', 'Ecuador')).toEqual(['Ecuador', 'Colombia']);
  });
});

describe('an appositive after an acronym in brackets', () => {
  it('"the Union of Farmers (UF), the main union, announced": the name before the brackets is the subject', () => {
    const r = read('The Chilean Union of Farmers (CUF), the largest union of growers, announced a strike.');
    expect(r['announced']).toBe('direct The Chilean Union of Farmers ~ the largest union of growers');
  });
});

describe('a name before an aside in brackets inside the subject', () => {
  it('"the Zendan (Party of Farmers) group said": the name is the fallback', () => {
    const r = read('The Chilean Zendan (Party of Farmers) group declared a strike.');
    expect(r['declared']).toBe('direct group ~ The Chilean Zendan');
  });
});

/** as `read`, with known verb lemmas for the chunker's retagging */
function readWith(text: string, lemmas: string[]) {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0]!;
  const chunks = chunk(tokens, s.tokenStart, s.tokenEnd, { verbLemmas: new Set(lemmas) });
  const out: Record<string, string> = {};
  for (const [k, v] of verbInfo(chunks, tokens)) out[chunkText(tokens, chunks[k]!)] = `${v.link} ${v.subject.map((p) => p.chunks.map((c) => chunkText(tokens, chunks[c]!)).join(' of ')).join('|')}`;
  return out;
}

describe('sentence structure around the subject (round 8)', () => {
  it('a participle, prepositional or adverb aside between commas leaves the subject before it', () => {
    expect(read('The Chilean minister, speaking in Lima, praised Peru.')).toEqual({ speaking: 'gerund The Chilean minister', praised: 'direct The Chilean minister' });
    expect(read('Chile, however, criticised Peru.')).toEqual({ criticised: 'direct Chile' });
    expect(read('Chile, in a speech on Monday, threatened Peru.')).toEqual({ threatened: 'direct Chile' });
  });
  it('a time phrase after an appositive\'s comma', () => {
    expect(read('The Chilean president, Juan Perez, on Monday accused Peru.')['accused']).toBe('direct Juan Perez ~ The Chilean president');
  });
  it('a prepositional phrase of allegiance in the subject is the actor to fall back on', () => {
    expect(read('A spokesman for the Chilean ministry criticised Peru.')).toEqual({ criticised: 'direct A spokesman ~ the Chilean ministry' });
    expect(read('Forces loyal to the Chilean government attacked Peru.')).toEqual({ attacked: 'direct Forces loyal ~ the Chilean government' });
    expect(read('Troops from Chile attacked Peru.')).toEqual({ attacked: 'direct Troops ~ Chile' });
    // sent to someone: not theirs
    expect(read('The ambassador to Chile criticised Peru.')).toEqual({ criticised: 'direct The ambassador' });
  });
  it('"whose": the antecedent owns the subject', () => {
    expect(read('Officials blamed Chile, whose troops attacked Peru.')['attacked']).toBe('direct troops ~ Chile');
    expect(read('Chile and Peru, whose relations were tense, signed a deal.')['signed']).toBe('direct Chile|Peru');
  });
  it('a relative clause between dashes', () => {
    expect(read('Chile — which hosts a Peruvian base — condemned Bolivia.')).toEqual({ hosts: 'rel Chile', condemned: 'direct Chile' });
  });
  it('companions "along with" share the subject; "X joined Y in doing" makes both the doers', () => {
    expect(read('Chile, along with Peru, criticised Bolivia.')).toEqual({ criticised: 'direct Chile|Peru' });
    expect(read('Chile joined Peru in condemning Bolivia.')['condemning']).toBe('gerund Chile|Peru');
  });
  it('a reduced passive aside has no subject of its own', () => {
    expect(read('Chile, seen as an ally of Peru, criticised Bolivia.')).toEqual({ seen: 'none ', criticised: 'direct Chile' });
  });
  it('", and" past a that-clause goes back to the verb of saying', () => {
    expect(read('The Chilean ministry said that Peru had failed to act, and sharply criticised Bolivia.')['criticised']).toBe('coord The Chilean ministry');
    // without the comma the nearer verb keeps it
    expect(read('Chile said that Peru had attacked Bolivia and killed ten soldiers.')['killed']).toBe('coord Peru');
  });
  it('an opening gerund phrase takes the subject after the comma; an opening past participle does not', () => {
    expect(read('Addressing the assembly, the Chilean president criticised Peru.')['Addressing']).toBe('gerund the Chilean president');
    expect(readWith('After meeting the Peruvian president, the Chilean minister praised Bolivia.', ['meet'])['meeting']).toBe('gerund the Chilean minister');
    expect(read('Backed by Peru, Chilean troops attacked Bolivia.')['Backed']).toBe('none ');
  });
});

describe('infinitives after "to X" (round 8)', () => {
  it('after a noun of something put to someone, X is the one to act; after other nouns "to X" is a destination', () => {
    expect(read('Norway extended an invitation to Iran to attend the talks.')['attend']).toBe('control Iran');
    expect(read('Norway sent troops to Mali to fight the rebels.')['fight']).toBe('control Norway');
  });
});

describe('possessors and reduced relatives (round 8)', () => {
  it('a possessor of a noun of decision is the one who would act', () => {
    expect(read("Chile criticised Peru's decision to withdraw its troops.")['withdraw']).toBe('control Peru \'s decision');
    expect(read('Chile took the decision to withdraw its troops.')['withdraw']).toBe('control Chile');
  });
  it('a bare -ing verb after an "of" chain is said of the nearest noun phrase', () => {
    expect(read('Chile accused Peru of arming rebels fighting the government.')['fighting']).toMatch(/^direct (arming )?rebels$/);
  });
});

describe('descriptive appositives (round 8)', () => {
  it('an appositive led by "both" or a number yields to the names before it', () => {
    expect(read('Chile and Peru, both close allies of Bolivia, cut ties with Ecuador.')['cut']).toBe('direct Chile|Peru ~ both close allies of Bolivia');
    expect(read('Chile and Peru, two close allies of Bolivia, cut ties with Ecuador.')['cut']).toBe('direct Chile|Peru ~ two close allies of Bolivia');
  });
  it('a bare common-noun appositive after named parties yields to the names', () => {
    expect(read('Chile and Peru, long-time rivals, signed a treaty.')['signed']).toBe('direct Chile|Peru ~ long - time rivals');
  });
  it('a named appositive after a common noun is the subject', () => {
    expect(read('The president, Gabriel Boric, visited Lima.')['visited']).toMatch(/^direct Gabriel Boric/);
  });
});

describe('a side\'s own agents sent or used to act', () => {
  it('"sent troops to attack Y": the troops act for the subject', () => {
    expect(read('Chile sent troops to attack Peru.')['attack']).toBe('control Chile');
    expect(read('Chile used drones to strike Peru.')['strike']).toBe('control Chile');
  });
  it('a named party after the verb is still the one urged', () => {
    expect(read('Chile urged Peruvian troops to leave.')['leave']).toMatch(/^objcontrol Peruvian troops/);
  });
});

describe('"followed X in doing": both did it', () => {
  it('as "joined X in doing"', () => {
    expect(read('Chile followed Peru in condemning Bolivia.')['condemning']).toBe('gerund Chile|Peru');
  });
});

describe('a floating quantifier after the subject', () => {
  it('"Peru and Chile both said": the subject is the pair, not "both"', () => {
    expect(read('Nepal and Bhutan both said they would attend.')['said']).toBe('direct Nepal|Bhutan');
    expect(read('The two ministers all agreed on the text.')['agreed']).toBe('direct The two ministers');
  });
});
