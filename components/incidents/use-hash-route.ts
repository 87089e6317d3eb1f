import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'list' }
  | { view: 'incident'; id: string }
  | { view: 'report'; id: string }
  | { view: 'overview' }
  | { view: 'patterns' }
  | { view: 'data' }
  | { view: 'quality'; path: string[] }
  | { view: 'follow-ups' }
  | { view: 'agents' };

/** A part of the address as text; a malformed escape (`%E0%A4%A`) is kept as typed, so it names no incident. */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The page's views live in the address's hash, so links from the panel and the Back button work. */
function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodePart);
  if (parts[0] === 'incident' && parts[1]) return parts[2] === 'report' ? { view: 'report', id: parts[1] } : { view: 'incident', id: parts[1] };
  if (parts[0] === 'quality') return { view: 'quality', path: parts.slice(1).filter(Boolean) };
  if (parts[0] === 'overview' || parts[0] === 'patterns' || parts[0] === 'data') return { view: parts[0] };
  if (parts[0] === 'follow-ups' || parts[0] === 'agents') return { view: parts[0] };
  return { view: 'list' };
}

export const incidentHref = (id: string) => `#/incident/${encodeURIComponent(id)}`;
export const reportHref = (id: string) => `${incidentHref(id)}/report`;

export function useHashRoute(win: Window = window): Route {
  const [route, setRoute] = useState(() => parseRoute(win.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(win.location.hash));
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }, [win]);
  return route;
}
