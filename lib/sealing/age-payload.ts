/**
 * The payload half of an age file (age-encryption.org/v1), done directly rather than through the
 * library's streams: a header is split off, and the payload (a 16-byte nonce, then ChaCha20-Poly1305
 * STREAM chunks of 64 KiB, the last one flagged) is sealed or opened with the file key in one step.
 * The output is byte for byte what the age tool reads and writes; tests check it both ways.
 */
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { hkdfSha256 } from './sha256';
import { base64 } from '@scure/base';

const CHUNK = 64 * 1024;
const TAG = 16;
const NONCE = 16;
const PAYLOAD = new TextEncoder().encode('payload');
const BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const END = '-----END AGE ENCRYPTED FILE-----';

function streamKey(fileKey: Uint8Array, nonce: Uint8Array): Uint8Array {
  return hkdfSha256(fileKey, nonce, PAYLOAD);
}

function chunkNonce(counter: number, last: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  // An 11-byte big-endian counter; records are far below 2^32 chunks, so four bytes carry it.
  new DataView(nonce.buffer).setUint32(7, counter);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** header ‖ nonce ‖ STREAM(plaintext), as `age` writes it. */
export function sealPayload(header: Uint8Array, fileKey: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE);
  const key = streamKey(fileKey, nonce);
  const chunks = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  const out = new Uint8Array(header.length + NONCE + plaintext.length + chunks * TAG);
  out.set(header, 0);
  out.set(nonce, header.length);
  let at = header.length + NONCE;
  for (let index = 0; index < chunks; index += 1) {
    const part = plaintext.subarray(index * CHUNK, (index + 1) * CHUNK);
    const sealed = chacha20poly1305(key, chunkNonce(index, index === chunks - 1)).encrypt(part);
    out.set(sealed, at);
    at += sealed.length;
  }
  return out;
}

/** Opens the payload that follows a header; throws on any tampering or truncation. */
export function openPayload(fileKey: Uint8Array, payload: Uint8Array): Uint8Array {
  if (payload.length < NONCE + TAG) throw new Error('age payload too short');
  const key = streamKey(fileKey, payload.subarray(0, NONCE));
  const body = payload.subarray(NONCE);
  const chunks = Math.max(1, Math.ceil(body.length / (CHUNK + TAG)));
  const parts: Uint8Array[] = [];
  let length = 0;
  for (let index = 0; index < chunks; index += 1) {
    const last = index === chunks - 1;
    const part = body.subarray(index * (CHUNK + TAG), (index + 1) * (CHUNK + TAG));
    const opened = chacha20poly1305(key, chunkNonce(index, last)).decrypt(part);
    if (last && index > 0 && opened.length === 0) throw new Error('age final chunk is empty');
    parts.push(opened);
    length += opened.length;
  }
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Where the header ends: just after the `--- <MAC>` line. */
export function headerLength(file: Uint8Array): number {
  // "\n--- " can only start the MAC line: stanza lines begin "-> " and bodies are base64.
  for (let i = 0; i + 4 < file.length; i += 1) {
    if (file[i] === 10 && file[i + 1] === 45 && file[i + 2] === 45 && file[i + 3] === 45 && file[i + 4] === 32) {
      const end = file.indexOf(10, i + 5);
      if (end < 0) break;
      return end + 1;
    }
  }
  throw new Error('invalid age header');
}

/** The ASCII armor age writes with `-a`: 64 base64 characters a line. */
export function armorEncode(file: Uint8Array): string {
  const text = base64.encode(file);
  const lines = [BEGIN];
  for (let i = 0; i < text.length; i += 64) lines.push(text.slice(i, i + 64));
  lines.push(END, '');
  return lines.join('\n');
}

export function armorDecode(text: string): Uint8Array {
  const lines = text.trim().replaceAll('\r\n', '\n').split('\n');
  if (lines.shift() !== BEGIN || lines.pop() !== END) throw new Error('invalid armor');
  return base64.decode(lines.join(''));
}
