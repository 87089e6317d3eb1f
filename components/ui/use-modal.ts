import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal dialog's focus and Escape: focus goes to `first` as it opens and back to where it was as
 * it closes; Escape closes it wherever focus is, even if a click moved it to the page.
 */
export function useModal(first: RefObject<HTMLElement>, onEscape: () => void): void {
  // The latest handler, so a parent's new function each render does not move focus back and forth.
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    first.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') escape.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus();
    };
  }, []);
}
