// The claims stage: numeric claims — percentages, money with currency and scale, counts,
// rankings — each with the country it is about (subject), what it measures, the value,
// unit (percent, USD, EUR, INR, count, rank, ...), qualifier (almost, over, about,
// at least, up to, under) and the date it states. Money values are in whole units
// ("$5 billion" → 5000000000, unit USD, currency USD).
// rule: "<vocab>.v<major>:<kind>+<unit/qualifier rows>/<measure rule>".
import type { Stage } from '../../pipeline/pipeline.ts';
import { findClaims } from './find.ts';
import { claimVocab } from './vocab.ts';

export { findClaims, claimDate } from './find.ts';
export { claimVocab, loadClaimVocab } from './vocab.ts';

export const claimsStage = (): Stage => ({
  name: 'claims',
  reads: ['sentences', 'tokens', 'actors'],
  writes: ['claims'],
  run(doc) {
    doc.claims = findClaims(doc, claimVocab());
  },
});
