import type { Spelling, SpellingKind } from '../../lib/nato';
import { WordList } from './WordList';

const KIND_NAMES: Record<SpellingKind, string> = {
  postcode: 'a postcode',
  email: 'an email address',
  phone: 'a UK phone number',
  reference: 'a reference',
  text: 'text',
};

/** Every group of the spelling at once, for the agent to glance at or read straight through. */
export function SpellingGroups({ spelling }: { spelling: Spelling }) {
  if (spelling.groups.length === 0) {
    return (
      <p class="nato-hint">Type or paste a name, email address, postcode, phone number or reference.</p>
    );
  }
  return (
    <>
      <p class="nato-kind">Read as {KIND_NAMES[spelling.kind]}</p>
      <ol class="nato-groups" aria-label="Spelling">
        {spelling.groups.map((group, index) => (
          <li key={index} class="nato-group">
            <p class="nato-group-heading" aria-hidden="true">
              {group.label && <span class="nato-group-label">{group.label}</span>}
              <span class="nato-group-source">{group.source.trim()}</span>
            </p>
            <WordList group={group} />
          </li>
        ))}
      </ol>
    </>
  );
}
