import { useEffect, useState } from 'preact/hooks';
import { readSealing, type Restriction } from '../../lib/sealing/config';
import { managedArea } from '../../lib/settings/items';

/** Whether the organisation's policy (`restrictions`) takes this control away from the desk. */
export function useDeskRestriction(what: Restriction, managed: { get(): Promise<unknown> } = managedArea): boolean {
  const [restricted, setRestricted] = useState(false);
  useEffect(() => {
    let current = true;
    void readSealing(managed).then((config) => current && setRestricted(config.restrictions.includes(what)));
    return () => {
      current = false;
    };
  }, [what, managed]);
  return restricted;
}
