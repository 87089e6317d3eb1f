import type { SpellingGroup } from '../../lib/nato';

/** Characters a reader cannot see on screen, shown by a visible stand-in. */
function visible(source: string): string {
  return source.trim() === '' ? '␣' : source;
}

/** The heading of a group: its label, if any, and the characters it reads. */
export function groupName(group: SpellingGroup): string {
  const source = group.source.trim();
  return group.label ? `${group.label} ${source}` : source;
}

/** The words of one group, each under the characters it stands for. */
export function WordList({ group }: { group: SpellingGroup }) {
  return (
    <ol class="nato-words" aria-label={groupName(group)}>
      {group.readings.map((reading, index) => (
        <li key={index} class="nato-reading">
          <span class="nato-char" aria-hidden="true">
            {visible(reading.source)}
          </span>
          <span class="nato-word">{reading.spoken}</span>
        </li>
      ))}
    </ol>
  );
}
