// PLACEHOLDER until the events stage lands: writes nothing.
import type { Stage } from '../../pipeline/pipeline.ts';

export const eventsStage = (): Stage => ({ name: 'events', reads: ['sentences', 'tokens', 'actors'], writes: ['events'], run() {} });
