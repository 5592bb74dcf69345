// Finding events in one sentence: verb patterns on verb groups, noun and adjective
// patterns on noun phrases; source and target from the clause structure; modality from
// what governs the trigger. Produces candidates; index.ts turns them into records.
export type { Candidate, MatchState } from './candidate.ts';
export { matchVerb } from './verbs.ts';
export { consumeNounInfinitives, matchNouns } from './nouns.ts';
export { consumeDemandedInfinitives, consumeQuotedModals, consumeThatClauses, rejectCode } from './frames.ts';
