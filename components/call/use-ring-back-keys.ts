import { useEffect, useState } from 'preact/hooks';
import { ringBackKeys } from '../../lib/sealing/ring-back';

/** The caller's ring-back keys for sealed incidents, worked out (slowly, on purpose) once per caller. */
export function useRingBackKeys(keys: readonly string[]): string[] {
  const [hashed, setHashed] = useState<{ for: string; keys: string[] }>({ for: '', keys: [] });
  const id = keys.join('|');
  useEffect(() => {
    let current = true;
    if (keys.length === 0) return undefined;
    ringBackKeys(keys).then(
      (result) => current && setHashed({ for: id, keys: result }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [id]);
  return hashed.for === id ? hashed.keys : [];
}
