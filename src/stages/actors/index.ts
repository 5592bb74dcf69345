// PLACEHOLDER until the actors stage lands: writes nothing.
import type { Stage } from '../../pipeline/pipeline.ts';

export const actorsStage = (): Stage => ({ name: 'actors', reads: ['sentences', 'tokens'], writes: ['actors'], run() {} });
