import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref that focuses its element once, when it first appears (a confirmation's safe choice). An
 * inline `ref={(el) => el?.focus()}` runs again on every render, and the panel renders every second
 * during a call, so it pulled focus back from wherever the agent had tabbed to.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
