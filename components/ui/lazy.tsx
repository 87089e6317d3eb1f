import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use, keeping the panel's start-up small. `preload()`
 * fetches it ahead of need (from the extension's own files, so it is quick), and the fallback
 * shows for the moment it takes.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));

  function Lazy(props: P): JSX.Element {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : <p class="loading">Loading…</p>;
  }

  return { Lazy, preload };
}
