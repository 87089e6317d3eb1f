/**
 * The state of a safeguarding protocol as a call holds it (`CallData.protocol`). It is part of the
 * call's data, so it is defined with the call; the transitions that change it live in
 * lib/protocols/run.ts, which depends on the call, never the reverse.
 */
import type { ProtocolKind } from '../../content/schema';
import { protocolLines } from '../../content/panel-lines';

export type ProtocolId = ProtocolKind;
export type Route = 'non-urgent' | 'emergency';
export type ProtocolOutcome = 'behaviour-stopped' | 'call-ended' | 'non-urgent' | 'emergency';

export interface ProtocolRun {
  /** The kind of protocol. */
  protocolId: ProtocolId;
  /** The procedure run (the playbook's at the start); absent in calls saved before there were several. */
  procedureId?: string;
  startedAt: number;
  /** The step on screen. */
  stepId: string;
  /** When each step was marked done. */
  done: Record<string, number>;
  checklist: Record<string, boolean>;
  inputs: Record<string, string>;
  /** Abusive call: when each warning step was said. */
  warnings: number[];
  /** Self-harm: the route the agent chose (the guide computes no risk score). */
  route: Route | null;
  colleagueAlertedAt: number | null;
  emergencyCalledAt: number | null;
  referralsGiven: string[];
  /** The caller was on hold when the self-harm protocol started (they must be taken off now). */
  wasOnHold: boolean;
  outcome: ProtocolOutcome | null;
  /** On screen over everything else; false once behaviour stopped and the call went on. */
  open: boolean;
  /** The call itself has ended; the after-call steps remain (AB-7.., SH-6). */
  callEnded: boolean;
  /** The incident record has been saved. */
  saved?: boolean;
}

/** Hold is impossible during the self-harm protocol (HO-5, SH-2); the reason, or null. */
export function holdBlockedReason(call: { protocol?: ProtocolRun | null } | null): string | null {
  const run = call?.protocol;
  if (run?.protocolId === 'self-harm' && run.open) {
    return protocolLines.holdBlocked.text;
  }
  return null;
}
