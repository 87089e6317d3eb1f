import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { QualitySetup } from '../../lib/reviews/desk-setup';

export type { QualitySetup } from '../../lib/reviews/desk-setup';

/** How the log finds this desk's framework: from its settings and policy; tests give their own. */
export const QualitySetupContext = createContext<() => Promise<QualitySetup>>(() =>
  import('../../lib/reviews/desk-setup').then((module) => module.loadDeskSetup()),
);

export function useQualitySetup(): QualitySetup | null {
  const load = useContext(QualitySetupContext);
  const [setup, setSetup] = useState<QualitySetup | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((value) => live && setSetup(value));
    return () => {
      live = false;
    };
  }, [load]);
  return setup;
}

export const qualityHref = (...parts: string[]) => ['#/quality', ...parts.map(encodeURIComponent)].join('/');
