import { describe, expect, it } from 'vitest';
import { keptInside } from './Envelope';

const bounds = { width: 700, height: 400 };
const size = { width: 200, height: 30 };

describe('keptInside: the envelope is drawn whole inside the graph', () => {
  it('leaves a route whose envelope fits where it is', () => {
    const route = [{ x: 300, y: 100 }, { x: 400, y: 200 }];
    expect(keptInside(route, size, bounds)).toEqual(route);
  });

  it('moves in a corner by the right or bottom edge so the whole envelope is in, with a margin', () => {
    const [p] = keptInside([{ x: 690, y: 395 }], size, bounds);
    expect(p).toEqual({ x: 700 - 100 - 4, y: 400 - 15 - 4 });
  });

  it('moves in a corner by the left or top edge', () => {
    const [p] = keptInside([{ x: 10, y: 0 }], size, bounds);
    expect(p).toEqual({ x: 104, y: 19 });
  });

  it('centres an envelope wider than the graph', () => {
    const [p] = keptInside([{ x: 20, y: 100 }], { width: 800, height: 30 }, bounds);
    expect(p).toEqual({ x: 350, y: 100 });
  });
});
