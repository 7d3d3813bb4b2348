// @vitest-environment jsdom
/** A collapsed card says its value's start, and that it goes on; its data-value stays whole. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSection } from '../../content/i18n';
import { useStore } from '../../store';
import { StageCard } from './StageList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const BODY = `{"items":[${Array.from({ length: 60 }, (_, i) => `{"id":${i}}`).join(',')}]}`;
const POST = `POST /2015-03-31/functions/f/invocations HTTP/1.1\nHost: lambda.us-east-2.amazonaws.com\nContent-Type: application/json\n\n${BODY}`;

const host = document.createElement('div');
const root = createRoot(host);

beforeAll(async () => {
  await loadSection('lab', 'en');
  act(() => useStore.getState().setRequestText(POST));
  await vi.waitFor(() => expect(useStore.getState().lab.stages).not.toBeNull());
  act(() =>
    root.render(
      <ol>
        <StageCard id="signedRequest" index={0} />
        <StageCard id="signature" index={1} />
      </ol>,
    ),
  );
});
afterAll(() => act(() => root.unmount()));

describe('a collapsed card', () => {
  it('cuts a long value at 500 characters and ends it with an ellipsis; its data-value is the whole value', () => {
    expect(useStore.getState().lab.selected).not.toBe('signedRequest');
    const card = host.querySelector('[data-testid="signed-request"]')!;
    const whole = useStore.getState().lab.stages!.signedRequest.value!;
    expect(whole.length).toBeGreaterThan(500);
    expect(card.getAttribute('data-value')).toBe(whole);
    expect(card.querySelector('.stage-summary')!.textContent).toBe(`${whole.slice(0, 500)}…`);
  });

  it('shows a short value whole, without an ellipsis', () => {
    const card = host.querySelector('[data-testid="signature"]')!;
    const whole = useStore.getState().lab.stages!.signature.value!;
    expect(card.querySelector('.stage-summary')!.textContent).toBe(whole);
  });
});
