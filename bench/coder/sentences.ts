// Generated news-like sentences for the benchmark: our own templates filled with country
// names, leaders' titles and dates from a seeded random generator (same seed, same text).

const COUNTRIES = ['France', 'Germany', 'Japan', 'India', 'Brazil', 'Kenya', 'Turkey', 'Egypt', 'Mexico', 'Canada', 'Norway', 'Vietnam', 'Chile', 'Poland', 'Nigeria', 'Iran', 'Pakistan', 'Russia', 'China', 'Israel', 'Spain', 'Italy', 'Peru', 'Ghana', 'Qatar'];
const DEMONYMS = ['French', 'German', 'Japanese', 'Indian', 'Brazilian', 'Kenyan', 'Turkish', 'Egyptian', 'Mexican', 'Canadian'];
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'army chief'];
const WHEN = ['on Tuesday', 'last week', 'in May', 'in early October', 'on 12 March 2014', 'yesterday', 'in 2009', 'on Friday', ''];
const TEMPLATES = [
  '{A} {R} visited {B} {W} for talks on trade.',
  '{A} and {B} signed an agreement on energy cooperation {W}.',
  '{A} condemned the attack on its embassy in {B} {W}.',
  'The {D} government said it would not provide military aid to {B}.',
  '{A} accused {B} of violating the ceasefire {W}.',
  '{A} plans to impose sanctions on {B}, officials said.',
  'Troops from {A} clashed with {B} forces near the border {W}.',
  '{A} threatened to cut off gas supplies to {B}.',
  'The visit of the {D} {R} to {B} was cancelled {W}.',
  '{B} was criticized by {A} over its human rights record.',
  '{A} urged {B} to release the detained journalists.',
  'Officials in {A} expressed concern over the military buildup in {B}.',
  '{A} offered humanitarian aid to {B} after the floods {W}.',
  'Talks between {A} and {B} resumed {W} after a pause of two years.',
  '{A} expelled two {D} diplomats {W}.',
  'Prices of wheat rose sharply across the region {W}.',
  '{A} hosted the {D} {R} {W} and praised the new partnership.',
  'Protesters rallied outside the {D} embassy in {B} {W}.',
];

/** A small seeded generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

/** `n` generated sentences. */
export const sentences = (n: number, seed = 1): string[] => fill(TEMPLATES, n, seed);

// Wider templates for the golden check (bench/coder/golden.ts): relation and claim wording,
// curly quotes, dashes, odd spacing and line breaks, so the tokenizer's offsets and the
// relations and claims stages are all exercised.
const RICH = [
  'Relations between {A} and {B} have improved sharply {W}.',
  'The {A}-{B} rapprochement surprised analysts, who expect ties could sour again.',
  '{A}’s defence budget rose 7.5 percent to $12 billion {W}, the ministry said.',
  'About 3,000 {D} soldiers are stationed in {B}, up from 1,200 in 2019.',
  '{A} is the world’s second largest exporter of wheat, with a 24 per cent share.',
  '“We will not accept this,” the {D} {R} said — and {A} recalled its ambassador.',
  'Ties between {A} and {B} are not improving,  officials admitted.\n\nTrade fell by almost 40% in 2021.',
  '{A} has long been {B}’s closest ally; the two signed a €300 million arms deal {W}.',
  'Analysts expect a downturn in {A}-{B} ties after the election.',
  '{A} wants to reset relations with {B}, which controls over 60 percent of the pipeline.',
  'Since 2011, ties between {A} and {B} have deteriorated; eight submarines were sold to {B}.',
  'The U.S. and {A} held talks in Washington on Monday. They agreed to cooperate.',
  '{A} and {B} remain rivals, although {A} sent five hundred doctors to {B} {W}.',
  'Mr. Smith, the {D} envoy, met officials in {B} at 9 a.m. to discuss the Rs 6 trillion plan…',
];

/** `n` generated sentences from the wider templates (golden check). */
export const richSentences = (n: number, seed = 1): string[] => fill(RICH, n, seed);

/** Fill `n` templates picked at random: {A}, {B} two different countries, {D} a demonym, {R} a role, {W} a time or nothing. */
function fill(templates: string[], n: number, seed: number): string[] {
  const r = rng(seed);
  const pick = <T>(l: T[]) => l[Math.floor(r() * l.length)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
    out.push(pick(templates).replaceAll('{A}', a).replaceAll('{B}', b).replace('{D}', pick(DEMONYMS)).replace('{R}', pick(ROLES))
      .replace(' {W}', () => { const x = pick(WHEN); return x ? ' ' + x : ''; }).replace('{W}', ''));
  }
  return out;
}
