// PLACEHOLDER until the relations stage lands: writes nothing.
import type { Stage } from '../../pipeline/pipeline.ts';

export const relationsStage = (): Stage => ({ name: 'relations', reads: ['sentences', 'tokens', 'actors'], writes: ['relations'], run() {} });
