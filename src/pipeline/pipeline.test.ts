import { describe, expect, it } from 'vitest';
import { buildPipeline, type Stage } from './pipeline.ts';
import { createDoc } from '../doc/doc.ts';

const stage = (name: string, reads: Stage['reads'], writes: Stage['writes'], run: Stage['run'] = () => {}): Stage => ({ name, reads, writes, run });

describe('pipeline', () => {
  it('refuses a stage that reads a layer nobody wrote', () => {
    expect(() => buildPipeline([stage('events', ['actors'], ['events'])])).toThrow(/events reads "actors"/);
  });
  it('runs stages in order and names the failing stage', () => {
    const order: string[] = [];
    const p = buildPipeline([
      stage('a', ['text'], ['sentences'], () => { order.push('a'); }),
      stage('b', ['sentences'], ['actors'], () => { order.push('b'); throw new Error('boom'); }),
    ]);
    expect(() => p.run(createDoc('x'))).toThrow(/stage b: boom/);
    expect(order).toEqual(['a', 'b']);
  });
});
