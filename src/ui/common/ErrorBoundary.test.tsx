// @vitest-environment jsdom
/** The page never goes blank: a render error shows the fallback, and "try again" renders the children anew. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

let failing = true;
function Boom() {
  if (failing) throw new Error('kaboom');
  return <p>recovered</p>;
}

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the fallback with the error, and renders the children again after reset', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    const root = createRoot(host);
    let reset = () => {};
    act(() =>
      root.render(
        <ErrorBoundary
          fallback={(error, r) => {
            reset = r;
            return <p role="alert">{error.message}</p>;
          }}
        >
          <Boom />
        </ErrorBoundary>,
      ),
    );
    expect(host.querySelector('[role=alert]')?.textContent).toBe('kaboom');
    failing = false;
    act(() => reset());
    expect(host.textContent).toBe('recovered');
    act(() => root.unmount());
  });
});
