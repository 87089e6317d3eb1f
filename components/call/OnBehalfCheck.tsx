import type { Duties } from '../../content/schema';
import { dutyDefaults } from '../../content/duty-defaults';
import type { Caller } from '../../lib/call/call';
import { From } from '../ui/From';
import { DutyLines } from './DutyLines';

interface Props {
  caller: Caller;
  duties: Duties;
  set(patch: Partial<Caller>): void;
}

/** Someone calling for the customer (DP-1..DP-3): what the organisation's standard asks first. */
export function OnBehalfCheck({ caller, duties, set }: Props) {
  const permission = duties.permission;
  return (
    <div class="field on-behalf">
      <label class="check">
        <input type="checkbox" checked={caller.onBehalf} onChange={(event) => set({ onBehalf: event.currentTarget.checked })} />
        Calling on someone's behalf
      </label>
      {caller.onBehalf && (
        <>
          <div class="field">
            <label for="caller-on-behalf-of">Customer's name</label>
            <input id="caller-on-behalf-of" value={caller.onBehalfOf} onInput={(event) => set({ onBehalfOf: event.currentTarget.value })} />
          </div>
          <DutyLines lines={duties.onBehalf} fallback={dutyDefaults.onBehalf} label="Calling on someone's behalf" />
          {permission && (
            <fieldset class="field">
              <legend>
                {permission.question} <From from={permission.from} />
              </legend>
              <label class="check">
                <input type="radio" name="permission-known" checked={caller.permissionKnown === 'yes'} onChange={() => set({ permissionKnown: 'yes' })} />
                Yes
              </label>
              <label class="check">
                <input type="radio" name="permission-known" checked={caller.permissionKnown === 'no'} onChange={() => set({ permissionKnown: 'no' })} />
                No
              </label>
              {caller.permissionKnown === 'no' && (
                <p class="notice" role="status">
                  Say: “{permission.ifNot}”
                </p>
              )}
            </fieldset>
          )}
        </>
      )}
    </div>
  );
}
