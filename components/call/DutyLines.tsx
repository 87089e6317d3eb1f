import type { DutyLine } from '../../content/schema';
import { From } from '../ui/From';

interface Props {
  lines: readonly DutyLine[];
  /** The guide's own line, shown when the standard says nothing here. */
  fallback?: DutyLine;
  label: string;
}

/** An organisation's lines for one moment of the call, each with what to say and where it comes from. */
export function DutyLines({ lines, fallback, label }: Props) {
  const shown = lines.length > 0 ? lines : fallback ? [fallback] : [];
  if (shown.length === 0) return null;
  return (
    <ul class="duty-lines" aria-label={label}>
      {shown.map((line) => (
        <li key={line.id}>
          {line.text} <From from={line.from} />
          {line.say && <p class="say">Say: “{line.say}”</p>}
        </li>
      ))}
    </ul>
  );
}
