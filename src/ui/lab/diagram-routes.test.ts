import { describe, expect, it } from 'vitest';
import { pathOf, routeEdges, type Box } from './diagram-routes';

// Two columns and a row under both, as the lab draws them (in px).
const boxes = new Map<string, Box>([
  ['cr', { x: 20, y: 0, w: 200, h: 120 }],
  ['hash', { x: 20, y: 150, w: 200, h: 40 }],
  ['k1', { x: 260, y: 0, w: 160, h: 40 }],
  ['k2', { x: 260, y: 70, w: 160, h: 40 }],
  ['sig', { x: 120, y: 230, w: 200, h: 40 }],
  ['out', { x: 20, y: 300, w: 200, h: 60 }],
  ['signed', { x: 260, y: 300, w: 160, h: 60 }],
]);

const route = (from: string, to: string) => routeEdges(boxes, [{ from, to }]).get(`${from}>${to}`);

describe('routeEdges', () => {
  it('runs straight down between boxes that face each other', () => {
    expect(route('cr', 'hash')).toEqual([[120, 120], [120, 150]]);
    expect(route('k2', 'sig')).toEqual([[290, 110], [290, 230]]);
  });

  it('runs straight across between boxes side by side', () => {
    expect(route('out', 'signed')).toEqual([[220, 330], [260, 330]]);
  });

  it('bends once when the boxes do not face each other', () => {
    const two = new Map<string, Box>([['a', { x: 200, y: 0, w: 100, h: 40 }], ['b', { x: 0, y: 100, w: 100, h: 40 }]]);
    expect(routeEdges(two, [{ from: 'a', to: 'b' }]).get('a>b')).toEqual([[250, 40], [250, 70], [88, 70], [88, 100]]);
  });

  it('goes around the left when every shorter way passes through a box, each arrow in a lane of its own', () => {
    const r = routeEdges(boxes, [{ from: 'cr', to: 'out' }, { from: 'hash', to: 'signed' }]);
    const a = r.get('cr>out')!;
    const b = r.get('hash>signed')!;
    expect(a[1]![0]).toBeLessThan(20);
    expect(b[1]![0]).toBeLessThan(a[1]![0]);
    // To a box whose left side faces another box, it comes in from below.
    expect(b.at(-1)).toEqual([340, 360]);
  });

  it('leaves out arrows whose boxes are not drawn, and writes SVG paths', () => {
    expect(routeEdges(boxes, [{ from: 'cr', to: 'nowhere' }]).size).toBe(0);
    expect(pathOf([[1, 2], [3.25, 4]])).toBe('M1.0 2.0 L3.3 4.0');
  });
});
