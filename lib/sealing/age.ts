/**
 * The age format (age-encryption.org/v1) through the reference TypeScript implementation, so that
 * every sealed record and every exported file is readable by the standard `age` tool too. Loaded
 * only when sealing is needed: never in the panel's start-up code.
 */
import { armor, Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

const IDENTITY = /AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}/;
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** A team leader's key, unlocked, as it is held in the log tab's memory (never stored). */
export interface UnlockedKey {
  identity: string;
  recipient: string;
}

export class SealingError extends Error {}

/** Seals text to every recipient given; the result is an armored age file (ASCII). */
export async function seal(text: string, recipients: readonly string[]): Promise<string> {
  if (recipients.length === 0) throw new SealingError('No team leader key is set.');
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return armor.encode(await encrypter.encrypt(text));
}

/** Opens sealed text with one key, reusing its decrypter (one key set up, many records read). */
export function opener(key: UnlockedKey): (sealed: string) => Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(key.identity);
  return async (sealed) => decrypter.decrypt(armor.decode(sealed), 'text');
}

/** Whether a failure to open is the key not fitting, rather than a damaged record. */
export function isWrongKey(error: unknown): boolean {
  return error instanceof Error && /no identity matched/i.test(error.message);
}

/**
 * A new team leader key: the file to keep (as age-keygen writes it) and the recipient for IT. With
 * a passphrase the file is itself an age file (scrypt, work factor 2^18 as `age -p` uses).
 */
export async function createKey(now: number, passphrase = '', workFactor = 18): Promise<{ file: string; recipient: string; protected: boolean }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const plain = `# created: ${new Date(now).toISOString()}\n# public key: ${recipient}\n${identity}\n`;
  if (!passphrase) return { file: plain, recipient, protected: false };
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return { file: armor.encode(await encrypter.encrypt(plain)), recipient, protected: true };
}

/** Whether a key file is protected with a passphrase (an age file itself, scrypt). */
export function needsPassphrase(file: string): boolean {
  return file.trimStart().startsWith(ARMOR_BEGIN) || file.startsWith('age-encryption.org/v1');
}

/**
 * Reads a key file or a pasted key: the `AGE-SECRET-KEY-1…` line, after opening the file with
 * its passphrase when it has one. Every failure says what to do.
 */
export async function readKey(file: string, passphrase = ''): Promise<UnlockedKey> {
  let text = file;
  if (needsPassphrase(file)) {
    if (!passphrase) throw new SealingError('This key file is protected: type its passphrase.');
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    try {
      const bytes = file.trimStart().startsWith(ARMOR_BEGIN) ? armor.decode(file.trim()) : new TextEncoder().encode(file);
      text = await decrypter.decrypt(bytes, 'text');
    } catch {
      throw new SealingError('The passphrase does not open this key file. Check it and try again.');
    }
  }
  const identity = IDENTITY.exec(text)?.[0];
  if (!identity) throw new SealingError('This is not a team leader key: it should contain a line starting AGE-SECRET-KEY-1.');
  try {
    return { identity, recipient: await identityToRecipient(identity) };
  } catch {
    throw new SealingError('This team leader key is damaged: its line AGE-SECRET-KEY-1… does not check out.');
  }
}
