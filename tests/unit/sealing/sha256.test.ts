import fc from 'fast-check';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { hkdfSha256, hmacSha256, sha256 } from '../../../lib/sealing/sha256';
import { runs } from '../../support/runs';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));
const text = (value: string) => new TextEncoder().encode(value);
const bytes = (max: number) => fc.uint8Array({ maxLength: max });

describe('the key derivation for opening age files', () => {
  it('gives the standards’ own answers (FIPS 180-4 "abc", RFC 4231 case 2, RFC 5869 case 1)', () => {
    expect(hex(sha256(text('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(hmacSha256(text('Jefe'), text('what do ya want for nothing?')))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    const okm = hkdfSha256(fromHex('0b'.repeat(22)), fromHex('000102030405060708090a0b0c'), fromHex('f0f1f2f3f4f5f6f7f8f9'));
    expect(hex(okm)).toBe('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf');
  });

  it('agrees with @noble/hashes on any input, across block boundaries, keys longer than a block and parts split anywhere', () => {
    fc.assert(
      fc.property(bytes(300), bytes(100), fc.nat(300), (message, key, split) => {
        const cut = Math.min(split, message.length);
        expect(hex(sha256(message.subarray(0, cut), message.subarray(cut)))).toBe(hex(nobleSha256(message)));
        expect(hex(hmacSha256(key, message.subarray(0, cut), message.subarray(cut)))).toBe(hex(hmac(nobleSha256, key, message)));
      }),
      { numRuns: runs(500) },
    );
  });

  it('agrees with @noble/hashes on HKDF, with a salt and without one', () => {
    fc.assert(
      fc.property(bytes(64), fc.option(bytes(64), { nil: undefined }), bytes(40), (ikm, salt, info) => {
        expect(hex(hkdfSha256(ikm, salt, info))).toBe(hex(hkdf(nobleSha256, ikm, salt, info, 32)));
      }),
      { numRuns: runs(300) },
    );
  });
});
