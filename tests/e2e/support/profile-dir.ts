import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new, empty browser profile folder. In memory (/dev/shm) where the machine has it: a profile
 * writes hundreds of small files and the database syncs each commit, which took about a tenth of
 * the suite's time on these machines' disks. A SIGKILL leaves what the browser wrote in memory
 * just as it leaves it on disk, so the hard-kill test means the same.
 */
export function newProfileDir(prefix: string): Promise<string> {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return mkdtemp(join(base, prefix));
}
