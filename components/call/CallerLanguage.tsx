import type { Duties } from '../../content/schema';
import { dutyDefaults } from '../../content/duty-defaults';
import type { Caller } from '../../lib/call/call';
import { DutyLines } from './DutyLines';

interface Props {
  caller: Caller;
  duties: Duties;
  set(patch: Partial<Caller>): void;
}

/**
 * The caller's language: English, Welsh, or any other by name (GR-9). Welsh brings the
 * organisation's Welsh-language duty (CY-1); another language its translation offers (AC).
 */
export function CallerLanguage({ caller, duties, set }: Props) {
  return (
    <fieldset class="field">
      <legend>Language</legend>
      <label class="check">
        <input type="radio" name="caller-language" checked={caller.language === 'en'} onChange={() => set({ language: 'en' })} />
        English
      </label>
      <label class="check">
        <input type="radio" name="caller-language" checked={caller.language === 'cy'} onChange={() => set({ language: 'cy' })} />
        Welsh (Cymraeg)
      </label>
      <label class="check">
        <input type="radio" name="caller-language" checked={caller.language === 'other'} onChange={() => set({ language: 'other' })} />
        Another language
      </label>
      {caller.language === 'other' && (
        <div class="field">
          <label for="caller-other-language">Which language</label>
          <input id="caller-other-language" value={caller.otherLanguage} onInput={(event) => set({ otherLanguage: event.currentTarget.value })} />
        </div>
      )}
      {caller.language === 'cy' && <DutyLines lines={duties.welsh} label="Welsh language" />}
    </fieldset>
  );
}

/** What the organisation offers a caller who needs another language or format (AC-1..AC-3). */
export function AccessOffers({ caller, duties }: { caller: Caller; duties: Duties }) {
  if (caller.language !== 'other' && !caller.access.trim()) return null;
  return <DutyLines lines={duties.access} fallback={dutyDefaults.access} label="Language and format offers" />;
}
