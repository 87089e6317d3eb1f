/**
 * The sealing code writes and reads age files itself (lib/sealing/age-payload.ts) for speed: these
 * check it against the reference implementation both ways, across the 64 KiB chunk boundary, and
 * against Debian's `age` tool, which must read every sealed record as it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { createKey, isWrongKey, opener, readKey, seal, type UnlockedKey } from '../../../lib/sealing/age';
import { NOW } from '../../support/now';
import { makeKeys } from './keys';

let leader: UnlockedKey;
let deputy: UnlockedKey;
let stranger: UnlockedKey;
let keyFile: string;
const dir = mkdtempSync(join(tmpdir(), 'age-format-'));
beforeAll(async () => {
  ({ leader, deputy, stranger } = await makeKeys());
  const made = await createKey(NOW);
  keyFile = join(dir, 'key.txt');
  writeFileSync(keyFile, made.file);
  leader = await readKey(made.file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHUNK = 64 * 1024;
// Empty, short, exactly one chunk, one byte over, several chunks, and text beyond ASCII.
const TEXTS = ['', 'Caller said “I know where you live”', 'a'.repeat(CHUNK), 'b'.repeat(CHUNK + 1), 'Llŷr '.repeat(40_000)];

async function referenceOpen(sealed: string, key: UnlockedKey): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(key.identity);
  return decrypter.decrypt(armor.decode(sealed), 'text');
}

describe('sealed text is standard age', () => {
  it('the reference implementation opens what the guide seals, for every recipient', async () => {
    for (const text of TEXTS) {
      const sealed = await seal(text, [leader.recipient, deputy.recipient]);
      expect(await referenceOpen(sealed, leader)).toBe(text);
      expect(await referenceOpen(sealed, deputy)).toBe(text);
    }
  });

  it('the guide opens what the reference implementation seals', async () => {
    const open = opener(leader);
    for (const text of TEXTS) {
      const encrypter = new Encrypter();
      encrypter.addRecipient(leader.recipient);
      expect(await open(armor.encode(await encrypter.encrypt(text)))).toBe(text);
    }
  });

  it('two sealed copies of the same words differ, and each opens alone', async () => {
    const [a, b] = [await seal('same words', [leader.recipient]), await seal('same words', [leader.recipient])];
    expect(a).not.toBe(b);
    expect(await opener(leader)(b)).toBe('same words');
  });

  it('refuses another key, a changed byte and a cut file, and says which', async () => {
    const sealed = await seal('Caller gave his address', [leader.recipient]);
    await expect(opener(stranger)(sealed)).rejects.toSatisfy(isWrongKey);
    const bytes = armor.decode(sealed);
    const flip = (at: number) => {
      const changed = bytes.slice();
      changed[at]! ^= 1;
      return armor.encode(changed);
    };
    // A changed stanza cannot be told from another key's (age cannot either); a changed payload can.
    await expect(opener(leader)(flip(40))).rejects.toThrow();
    const error = await opener(leader)(flip(bytes.length - 5)).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isWrongKey(error)).toBe(false);
    await expect(opener(leader)(armor.encode(bytes.subarray(0, bytes.length - 20)))).rejects.toThrow();
  });

  it('Debian’s age tool reads a sealed record as it is', async () => {
    const text = `{"notes":"${'Caller rang about the repairs. '.repeat(3000)}"}`;
    const file = join(dir, 'record.age');
    writeFileSync(file, await seal(text, [leader.recipient, deputy.recipient]));
    const run = spawnSync('age', ['-d', '-i', keyFile, file], { encoding: 'utf8' });
    expect(run.error, 'the age tool is needed (apt-get install age)').toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(text);
  });
});
