// @vitest-environment jsdom
/**
 * Per keystroke, only the stages whose values changed render again: each diagram node and each
 * stage card reads its own stage from the store, and the store keeps a stage's card the same object
 * when its value did not change. Every node and card is rendered in a Profiler of its own, which
 * reports each render of what it wraps.
 */
import { act, Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSection } from '../../content/i18n';
import { cardStages, type StageId } from '../../sigv4';
import { useStore } from '../../store';
import { BodyStatus } from './BodyStatus';
import { DiagramNode } from './DiagramNodes';
import { ProvenanceNote } from './ProvenanceNote';
import { SigningForm } from './SigningForm';
import { StageCard } from './StageList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const POST = 'POST / HTTP/1.1\nHost: sts.us-east-1.amazonaws.com\nContent-Type: application/x-www-form-urlencoded\n\nAction=GetCallerIdentity&Version=2011-06-15';
const KEYS: readonly StageId[] = ['kSecret', 'kDate', 'kRegion', 'kService', 'kSigning'];

const host = document.createElement('div');
const root = createRoot(host);
const renders = new Map<string, number>();
const ids = cardStages('header').map((c) => c.id);

beforeAll(async () => {
  vi.stubGlobal('ResizeObserver', class { observe(): void {} disconnect(): void {} });
  await loadSection('lab', 'en');
  act(() => useStore.getState().setRequestText(POST));
  await vi.waitFor(() => expect(useStore.getState().lab.stages).not.toBeNull());
  const onRender = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  act(() =>
    root.render(
      <>
        {ids.map((id) => (
          <Profiler key={`node ${id}`} id={`node ${id}`} onRender={onRender}>
            <DiagramNode id={id} area="a" />
          </Profiler>
        ))}
        <ol>
          {ids.map((id, i) => (
            <Profiler key={`card ${id}`} id={`card ${id}`} onRender={onRender}>
              <StageCard id={id} index={i} />
            </Profiler>
          ))}
        </ol>
        {/* What stands beside the stages and does not follow the request's text. */}
        <Profiler id="form" onRender={onRender}>
          <SigningForm />
        </Profiler>
        <Profiler id="provenance" onRender={onRender}>
          <ProvenanceNote />
        </Profiler>
        <Profiler id="body status" onRender={onRender}>
          <BodyStatus />
        </Profiler>
      </>,
    ),
  );
});
afterAll(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

/** What rendered during `change`, and which stages' cards the store replaced. */
function after(change: () => void): { rendered: string[]; replaced: StageId[] } {
  const before = useStore.getState().lab.stages!;
  renders.clear();
  act(change);
  const now = useStore.getState().lab.stages!;
  return { rendered: [...renders.keys()].sort(), replaced: ids.filter((id) => now[id] !== before[id]) };
}

const both = (stages: readonly StageId[]): string[] => stages.flatMap((id) => [`card ${id}`, `node ${id}`]).sort();

describe('a keystroke renders only the stages whose values changed', () => {
  it('a character typed into the body: the request chain, not the key chain', () => {
    const { rendered, replaced } = after(() => useStore.getState().setRequestText(useStore.getState().lab.inputs.requestText + 'x'));
    expect(replaced).toEqual(expect.arrayContaining(['canonicalRequest', 'canonicalRequestHash', 'stringToSign', 'signature', 'authorization', 'signedRequest']));
    expect(replaced.filter((id) => KEYS.includes(id))).toEqual([]);
    expect(rendered).toEqual(both(replaced));
  });

  it('a character typed into the body renders neither the form, nor the provenance note, nor the body\'s status', () => {
    const { rendered } = after(() => useStore.getState().setRequestText(useStore.getState().lab.inputs.requestText + 'y'));
    expect(rendered.filter((r) => !r.startsWith('card ') && !r.startsWith('node '))).toEqual([]);
  });

  it('another region: kRegion and what follows it, not kSecret or kDate', () => {
    const { rendered, replaced } = after(() => useStore.getState().setLabField('region', 'eu-west-1'));
    expect(replaced).toEqual(expect.arrayContaining(['kRegion', 'kService', 'kSigning', 'stringToSign', 'signature']));
    expect(replaced).not.toContain('kSecret');
    expect(replaced).not.toContain('kDate');
    // The form shows the field it changed.
    expect(rendered).toEqual([...both(replaced), 'form'].sort());
  });

  it('a field header mode does not sign (the presigned URL\'s lifetime) renders no stage', () => {
    const text = useStore.getState().lab.inputs.requestText;
    const { rendered, replaced } = after(() => useStore.getState().setLabField('expires', '900'));
    expect(useStore.getState().lab.inputs.requestText).toBe(text);
    expect(replaced).toEqual([]);
    expect(rendered).toEqual(['form']);
  });
});
