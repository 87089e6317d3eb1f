/**
 * Ring-back recognition (AB-13) for sealed incidents. A sealed record keeps no phone number or
 * reference: only a slow one-way hash of each caller key, and only while the incident has a
 * follow-up pending for that caller. Typing a caller's number finds "a follow-up is pending for
 * this caller" and nothing else; the hash is slow (PBKDF2) so listing every number is costly.
 */
import type { Incident } from '../incidents/record';

const SALT = new TextEncoder().encode('call-guide ring-back v1');
const ITERATIONS = 10_000;
export const RING_BACK_PREFIX = 'rb:';

export async function ringBackKey(key: string): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: SALT, iterations: ITERATIONS }, material, 128);
  return RING_BACK_PREFIX + [...new Uint8Array(bits)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function ringBackKeys(keys: readonly string[]): Promise<string[]> {
  return Promise.all(keys.map(ringBackKey));
}

/** A follow-up the caller should hear about is pending (the rule RingBack applies to plain records). */
export function hasPendingCallerFollowUp(incident: Pick<Incident, 'followUps'>): boolean {
  // The caller's own follow-ups (AB-12), not the agent's discussion or welfare debrief.
  return incident.followUps.some((followUp) => (followUp.kind === 'ring' || followUp.kind === 'write') && followUp.doneAt === null);
}

/** Whether a ring-back should be recognised for this incident: an ended abusive call, follow-up pending. */
export function awaitsRingBack(incident: Incident): boolean {
  return incident.kind === 'abusive-call' && incident.outcome === 'call-ended' && hasPendingCallerFollowUp(incident);
}
