import { createKey, readKey, type UnlockedKey } from '../../../lib/sealing/age';
import { NOW } from '../../support/now';

/** Two team leader keys (a leader and a deputy) and a stranger's, made once per test file. */
export async function makeKeys(): Promise<{ leader: UnlockedKey; deputy: UnlockedKey; stranger: UnlockedKey }> {
  const [leader, deputy, stranger] = await Promise.all([1, 2, 3].map(async () => readKey((await createKey(NOW)).file)));
  return { leader: leader!, deputy: deputy!, stranger: stranger! };
}
