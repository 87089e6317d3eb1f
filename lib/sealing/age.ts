/**
 * The age format (age-encryption.org/v1) through the reference TypeScript implementation, so that
 * every sealed record and every exported file is readable by the standard `age` tool too. Loaded
 * only when sealing is needed: never in the panel's start-up code.
 */
import { armor, Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { importX25519, unwrapFileKey } from './age-header';
import { armorDecode, armorEncode, headerLength, openPayload, sealPayload } from './age-payload';

const IDENTITY = /AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}/;
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/** A team leader's key, unlocked, as it is held in the log tab's memory (never stored). */
export interface UnlockedKey {
  identity: string;
  recipient: string;
}

export class SealingError extends Error {}

/**
 * One file key per recipient set in this page's memory, with its header (the key wrapped to every
 * recipient) made once: each sealed text is then its own standard age file (the same header, a
 * fresh payload nonce, so a key of its own for the payload) for the cost of one ChaCha20 pass,
 * with no public-key work on the save path. The file key is never stored; it is replaced after
 * FILES_PER_KEY files and whenever the recipients change, and it goes with the page.
 */
const FILES_PER_KEY = 256;
interface FileKey {
  recipients: string;
  header: Uint8Array;
  fileKey: Uint8Array;
  used: number;
}
let current: Promise<FileKey> | null = null;

async function makeFileKey(recipients: readonly string[]): Promise<FileKey> {
  let fileKey: Uint8Array | null = null;
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  // The library makes the file key and its header; this recipient only sees the key go by.
  encrypter.addRecipient({
    wrapFileKey(key: Uint8Array) {
      fileKey = key;
      return [];
    },
  });
  const file = await encrypter.encrypt(new Uint8Array(0));
  if (!fileKey) throw new SealingError('The sealing key could not be made.');
  return { recipients: recipients.join(' '), header: file.slice(0, headerLength(file)), fileKey, used: 0 };
}

async function fileKeyFor(recipients: readonly string[]): Promise<FileKey> {
  const wanted = recipients.join(' ');
  const held = current && (await current.catch(() => null));
  if (held && held.recipients === wanted && held.used < FILES_PER_KEY) return held;
  current = makeFileKey(recipients);
  return current;
}

/** Seals text to every recipient given; the result is an armored age file (ASCII). */
export async function seal(text: string, recipients: readonly string[]): Promise<string> {
  if (recipients.length === 0) throw new SealingError('No team leader key is set.');
  const key = await fileKeyFor(recipients);
  key.used += 1;
  return armorEncode(sealPayload(key.header, key.fileKey, new TextEncoder().encode(text)));
}

/** Lets the page's sealing key go (a log locking again); the next seal makes a new one. */
export function forgetSealingKey(): void {
  current = null;
}

/** Makes the sealing key ahead of the first save, so an agent's first save pays nothing for it. */
export function prepareSealing(recipients: readonly string[]): void {
  if (recipients.length > 0) void fileKeyFor(recipients).catch(() => undefined);
}

/**
 * Opens sealed text with one key. The key is imported once into WebCrypto (native X25519); each
 * distinct header is unwrapped once and its MAC checked, then every file under it costs one
 * ChaCha20 pass. Where the browser has no X25519 in WebCrypto, the reference implementation
 * unwraps the headers instead.
 */
export function opener(key: UnlockedKey): (sealed: string) => Promise<string> {
  const native = importX25519(key.identity, key.recipient);
  let reference: Decrypter | null = null;
  const unwrap = async (header: Uint8Array): Promise<Uint8Array> => {
    const imported = await native;
    if (imported) return unwrapFileKey(header, imported);
    if (!reference) {
      reference = new Decrypter();
      reference.addIdentity(key.identity);
    }
    return reference.decryptHeader(header);
  };
  const fileKeys = new Map<string, Promise<Uint8Array>>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (sealed) => {
    const file = armorDecode(sealed);
    const header = file.subarray(0, headerLength(file));
    const id = decoder.decode(header);
    let fileKey = fileKeys.get(id);
    if (!fileKey) {
      fileKey = unwrap(header);
      fileKeys.set(id, fileKey);
      // A header that fails is tried afresh next time rather than remembered.
      fileKey.catch(() => fileKeys.delete(id));
    }
    return decoder.decode(openPayload(await fileKey, file.subarray(header.length)));
  };
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
