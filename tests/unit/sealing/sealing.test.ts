import { beforeAll, describe, expect, it } from 'vitest';
import { armor } from 'age-encryption';
import { createKey, needsPassphrase, opener, readKey, SealingError, type UnlockedKey } from '../../../lib/sealing/age';
import { openIncident, OpenError, sealIncident } from '../../../lib/sealing/record';
import { isSealed } from '../../../lib/sealing/sealed-record';
import { parseRecipients, sealingFrom } from '../../../lib/sealing/config';
import { NOW } from '../../support/now';
import { followUp, makeIncident } from '../incidents/make-incident';
import { makeKeys } from './keys';

let leader: UnlockedKey;
let deputy: UnlockedKey;
let stranger: UnlockedKey;
beforeAll(async () => ({ leader, deputy, stranger } = await makeKeys()));

const incident = makeIncident({
  id: 'inc-1',
  notes: 'Caller threatened to burn the office down',
  answers: [{ id: 'words', label: 'Caller’s words', value: 'I know where you live' }],
  followUps: [followUp({ dueAt: NOW + 1000, doneAt: NOW, doneBy: 'Alex Boyd', doneHow: 'rang', doneNote: 'Spoke to his sister' })],
  reviewNotes: [{ by: 'Alex Boyd', at: NOW, note: 'Known to the housing officer' }],
});

describe('a sealed incident', () => {
  it('keeps only what the desk needs readable and opens to the same incident', async () => {
    const stored = await sealIncident(incident, [leader.recipient], NOW);
    const text = JSON.stringify({ ...stored, sealed: null });
    for (const word of ['threatened', 'know where', 'Mr Black', '01632', 'sister', 'housing']) expect(text).not.toContain(word);
    expect(stored).toMatchObject({ id: 'inc-1', kind: 'abusive-call', status: 'open', agentName: 'Morag Innes', playbookId: 'moray', words: [] });
    expect(stored.followUps[0]).toMatchObject({ dueAt: NOW + 1000, doneAt: NOW, doneNote: '' });
    const { incident: opened } = await openIncident(stored, opener(leader));
    expect(opened).toEqual(incident);
  });

  it('opens with any of several recipients, and not with another key', async () => {
    const stored = (await sealIncident(incident, [leader.recipient, deputy.recipient], NOW));
    expect((await openIncident(stored, opener(deputy))).incident.notes).toBe(incident.notes);
    await expect(openIncident(stored, opener(stranger))).rejects.toMatchObject({ reason: 'wrong-key' });
  });

  it('says a tampered or swapped record is damaged', async () => {
    const stored = (await sealIncident(incident, [leader.recipient], NOW));
    const bytes = armor.decode(stored.sealed.content);
    bytes[bytes.length - 5]! ^= 1;
    const tampered = { ...stored, sealed: { ...stored.sealed, content: armor.encode(bytes) } };
    await expect(openIncident(tampered, opener(leader))).rejects.toBeInstanceOf(OpenError);
    await expect(openIncident(tampered, opener(leader))).rejects.toMatchObject({ reason: 'damaged' });
    const other = (await sealIncident({ ...incident, id: 'inc-2' }, [leader.recipient], NOW));
    await expect(openIncident({ ...stored, sealed: other.sealed }, opener(leader))).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('keeps ring-back keys hashed, and only while a follow-up is pending', async () => {
    const pending = await sealIncident(makeIncident({ followUps: [followUp()] }), [leader.recipient], NOW);
    expect(pending.callerKeys).toHaveLength(1);
    expect(pending.callerKeys[0]).toMatch(/^rb:[0-9a-f]{32}$/);
    const done = await sealIncident(makeIncident({ followUps: [followUp({ doneAt: NOW })] }), [leader.recipient], NOW);
    expect(done.callerKeys).toEqual([]);
    expect(isSealed(done)).toBe(true);
  });
});

describe('team leader keys', () => {
  it('are read from a key file, pasted, or protected with a passphrase', async () => {
    const plain = await createKey(NOW);
    expect(plain.file).toContain(`# public key: ${plain.recipient}`);
    expect((await readKey(`  ${plain.file.split('\n')[2]}  `)).recipient).toBe(plain.recipient);
    // A light work factor keeps the test quick; the page uses age's own (2^18).
    const locked = await createKey(NOW, 'correct horse battery', 10);
    expect(needsPassphrase(locked.file)).toBe(true);
    expect(locked.file).not.toContain('AGE-SECRET-KEY');
    await expect(readKey(locked.file)).rejects.toThrow('type its passphrase');
    await expect(readKey(locked.file, 'wrong')).rejects.toThrow('does not open');
    expect((await readKey(locked.file, 'correct horse battery')).recipient).toBe(locked.recipient);
    await expect(readKey('hello')).rejects.toBeInstanceOf(SealingError);
  });

  it('in Settings are refused when malformed; policy wins and locks them', () => {
    expect(parseRecipients(`${leader.recipient}\n${deputy.recipient}, ${leader.recipient}`)).toEqual({ ok: true, recipients: [leader.recipient, deputy.recipient] });
    expect(parseRecipients('age1nope')).toMatchObject({ ok: false });
    expect(sealingFrom(null, [deputy.recipient])).toMatchObject({ recipients: [deputy.recipient], locked: false });
    const policy = sealingFrom({ teamLeaderKeys: [leader.recipient, 'bad'], restrictions: ['export', 'fly'] }, [deputy.recipient]);
    expect(policy).toMatchObject({ recipients: [leader.recipient], locked: true, restrictions: ['export'] });
    expect(policy.problems).toHaveLength(2);
    expect(sealingFrom({ teamLeaderKeys: JSON.stringify([deputy.recipient]) }, []).recipients).toEqual([deputy.recipient]);
  });
});
