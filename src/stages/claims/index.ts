// PLACEHOLDER until the claims stage lands: writes nothing.
import type { Stage } from '../../pipeline/pipeline.ts';

export const claimsStage = (): Stage => ({ name: 'claims', reads: ['sentences', 'tokens', 'actors'], writes: ['claims'], run() {} });
