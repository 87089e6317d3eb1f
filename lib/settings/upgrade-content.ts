/**
 * Playbook packs and referral lists in the shape the guide used before every line carried its
 * provenance and every referral service said whom it serves (stored version 1, and files or policy
 * values written then). They are brought to today's shape rather than dropped: an organisation's
 * pack or list must survive an update of the guide. What an organisation wrote is the
 * organisation's: every line of an old pack says "Set by your organisation", and an old list keeps
 * the guide's own entries as the guide now describes them (whom they serve, where their numbers
 * come from) and marks its own additions as its own. An old "verified" date said the number was
 * checked against the standard, not with the service, so it never becomes "checked".
 */
import type { ReferralDirectory } from '../../content/schema';

type Json = Record<string, unknown>;
const ORGANISATION = { kind: 'organisation', note: 'From a playbook pack made before the guide showed where each line comes from.' };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const withFrom = (item: unknown) => (isObject(item) && !('from' in item) ? { ...item, from: ORGANISATION } : item);
const listWithFrom = (list: unknown) => (Array.isArray(list) ? list.map(withFrom) : list);

function upgradeProtocolUse(use: unknown, kind: 'abusive-call' | 'self-harm'): unknown {
  if (!isObject(use) || 'procedure' in use) return use;
  const { protocol: _protocol, basis: _basis, ...rest } = use;
  // The one procedure of each kind the guide had then is, today, the guide's default of each.
  return { ...rest, procedure: kind === 'abusive-call' ? 'abusive-guide-default' : 'self-harm-croydon-plan' };
}

/** A playbook (pack) of the old shape, in today's; anything already in today's shape is unchanged. */
export function upgradePlaybook(raw: unknown): unknown {
  if (!isObject(raw) || 'location' in raw) return raw;
  const { referralDirectory: _directory, answerTarget, directorOptions, source: _source, ...rest } = raw;
  const greeting = isObject(rest.greeting)
    ? { ...rest.greeting, salutationsFrom: ORGANISATION, templates: listWithFrom(rest.greeting.templates) }
    : rest.greeting;
  const hold = isObject(rest.hold)
    ? (({ basis: _basis, ...h }) => ({ ...h, from: { checkIn: ORGANISATION, offerCallBack: ORGANISATION, maxHold: ORGANISATION } }))(rest.hold)
    : rest.hold;
  const protocols = isObject(rest.protocols)
    ? { abusive: upgradeProtocolUse(rest.protocols.abusive, 'abusive-call'), selfHarm: upgradeProtocolUse(rest.protocols.selfHarm, 'self-harm') }
    : rest.protocols;
  const facts = isObject(answerTarget) ? [{ id: 'answer-target', ...withFrom(answerTarget) as Json }] : [];
  const upgraded: Json = {
    ...rest,
    location: { areas: [], description: 'Not set: set it in Settings, referral services', from: ORGANISATION },
    greeting,
    callerDetails: withFrom(rest.callerDetails),
    hold,
    callBacks: listWithFrom(rest.callBacks),
    message: withFrom(rest.message),
    closing: listWithFrom(rest.closing),
    ...(rest.openingHours ? { openingHours: withFrom(rest.openingHours) } : {}),
    facts,
    protocols,
  };
  if (isObject(rest.abusiveFollowUp)) upgraded.abusiveFollowUp = { confirms: [], ...withFrom(rest.abusiveFollowUp) as Json };
  if (isObject(directorOptions)) upgraded.directorReport = { overMonths: 3, ...withFrom(directorOptions) as Json };
  return upgraded;
}

/**
 * A referral list of the old shape (a whole directory copied from Croydon's, edited or not):
 * the guide's own entries, by id, take today's description of whom they serve and where their
 * numbers come from (with the organisation's edits kept); the rest are the organisation's own.
 */
export function upgradeDirectory(raw: unknown, catalogue: ReferralDirectory): unknown {
  if (!isObject(raw) || !Array.isArray(raw.entries) || raw.entries.every((entry) => isObject(entry) && 'serves' in entry)) return raw;
  const entries = raw.entries.map((entry) => {
    if (!isObject(entry) || 'serves' in entry) return entry;
    const { verifiedOn, source: _source, ...rest } = entry;
    const builtIn = catalogue.entries.find((known) => known.id === rest.id);
    const copiedOn = typeof verifiedOn === 'string' ? verifiedOn : (builtIn?.copiedOn ?? '2026-11-29');
    if (builtIn) {
      const same = rest.phone === builtIn.phone && rest.url === builtIn.url && rest.name === builtIn.name;
      return { ...builtIn, ...rest, copiedOn, ...(same ? {} : { from: { kind: 'organisation', note: 'Edited by your organisation.' } }) };
    }
    return {
      ...rest,
      copiedOn,
      serves: { scope: 'organisation' },
      servesFrom: { kind: 'organisation', note: "Added for the organisation's own callers." },
      from: { kind: 'organisation', note: 'Added by your organisation.' },
    };
  });
  return { ...raw, entries };
}
