/**
 * A protocol's later steps, loaded on demand: once a protocol is on screen (ProtocolScreen) and
 * straight after the panel's first paint (preloadPanelViews), so they are in well before a step
 * needs them, while the first step, which a protocol opens on, is in the start-up.
 */
import { lazyComponent } from '../ui/lazy';

const later = () => import('./LaterSteps');
export const supportPartner = lazyComponent(() => later().then((m) => m.SupportPartner));
export const routeChoice = lazyComponent(() => later().then((m) => m.RouteChoice));
export const emergencyCall = lazyComponent(() => later().then((m) => m.EmergencyCall));
export const fileNote = lazyComponent(() => later().then((m) => m.FileNote));
// It shows nothing: it fills the record's inputs from what the call captured.
export const recordDefaults = lazyComponent(() => later().then((m) => m.RecordDefaults), { quiet: true });
export const referralList = lazyComponent(() => import('./ReferralList').then((m) => m.ReferralList));
// Saving an incident needs the database code.
export const incidentSave = lazyComponent(() => import('./IncidentSave').then((m) => m.IncidentSave));

export const preloadLaterSteps = () =>
  Promise.all([supportPartner, routeChoice, emergencyCall, fileNote, recordDefaults, referralList, incidentSave].map((part) => part.preload()));
