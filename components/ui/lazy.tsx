import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface LazyOptions {
  /**
   * Shows nothing, instead of "Loading…", until the code is in: for a part that has nothing to
   * show in the first frame anyway (it waits on the database, or opens on a key press). Its code is
   * asked for once the page is idle, unless a preload asked first: starting a load costs the page
   * a moment, which should not fall in the first paint's work or in the agent's first key press.
   */
  quiet?: boolean;
}

/** Runs `callback` once the page is idle (within a second), or in the next task where it cannot tell. */
function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

/** The loads under way, so a key pressed while a part is still coming can wait for it (loadsUnderWay). */
const underWay = new Set<Promise<unknown>>();

/**
 * Settles once every part whose code is loading now is in (or has failed), or null when none is:
 * a shortcut whose button is in such a part waits for it instead of doing nothing.
 */
export function loadsUnderWay(): Promise<void> | null {
  if (underWay.size === 0) return null;
  return Promise.allSettled([...underWay]).then(() => undefined);
}

/**
 * A component whose code loads on first use, keeping the panel's start-up small. `preload()`
 * fetches it ahead of need (from the extension's own files, so it is quick), and the fallback
 * shows for the moment it takes.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, { quiet = false }: LazyOptions = {}) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    if (loading) return loading;
    const started = load().then(
      (component) => {
        loaded = component;
        underWay.delete(started);
        return component;
      },
      (error: unknown) => {
        loading = null; // the next use tries again
        underWay.delete(started);
        throw error;
      },
    );
    underWay.add(started);
    loading = started;
    return started;
  };

  function Lazy(props: P): JSX.Element | null {
    const [state, setState] = useState<'waiting' | 'ready' | 'failed'>(loaded ? 'ready' : 'waiting');
    useEffect(() => {
      // Always asks, even if the code arrived between this render and the effect (a preload after
      // the first paint): otherwise nothing renders again and the fallback stays for good.
      let live = true;
      const ask = () =>
        void preload().then(
          () => live && setState('ready'),
          () => live && setState('failed'),
        );
      const cancel = quiet && !loading ? whenIdle(ask) : (ask(), undefined);
      return () => {
        live = false;
        cancel?.();
      };
    }, []);
    const Component = loaded;
    if (Component) return <Component {...props} />;
    if (state === 'failed') {
      return (
        <p class="error" role="alert">
          This part of the guide could not be loaded. Close the panel and open it again.
        </p>
      );
    }
    return quiet ? null : <p class="loading">Loading…</p>;
  }

  return { Lazy, preload };
}
