/**
 * What the organisation has set up on this desktop: policy from the browser's managed storage,
 * playbook packs imported here, and an edited referral directory. Validation code loads only when
 * there is something to validate, so a plain install starts as fast as ever.
 */
import { computed, signal } from '@preact/signals-core';
import type { Playbook, Protocol, ProtocolKind, ReferralDirectory } from '../../content/schema';
import type { PlaybookOrigin } from '../provenance';
import { referralsFor, type CallerReferrals } from '../referrals';
import type { Policy } from './policy';

export interface Area<T> {
  getValue(): Promise<unknown>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

export interface OrgConfigDeps {
  builtins: readonly Playbook[];
  /** The built-in procedures for safeguarding calls (content/protocols/). */
  protocols: readonly Protocol[];
  /**
   * The referral services the standards give (content/referrals/): the list itself, or how to load
   * it (the side panel, which shows it only after its first paint; see catalogueReady).
   */
  catalogue: ReferralDirectory | (() => Promise<ReferralDirectory>);
  /** The browser's managed storage (enterprise policy), read-only. */
  managed: { get(): Promise<unknown>; watch(callback: () => void): () => void };
  packs: Area<Playbook[]>;
  referrals: Area<ReferralDirectory | null>;
  /**
   * Where the fingerprint of the packs last found valid is kept, with the guide's version: packs
   * unchanged since (and a guide unchanged since) are used without validating them again.
   */
  packsChecked?: { area: Area<string | null>; guideVersion: string };
}

/** SHA-256 of the guide's version and the packs as stored, as hex. */
async function fingerprint(guideVersion: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${guideVersion}\n${text}`));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createOrgConfig(deps: OrgConfigDeps) {
  const policy = signal<Policy | null>(null);
  /**
   * False until managed storage has answered (Chromium takes about two seconds after start): until
   * then first-run set-up cannot know whether the organisation's policy sets the organisation.
   */
  const policyKnown = signal(false);
  const policyProblems = signal<string[]>([]);
  const packs = signal<Playbook[]>([]);
  const referralOverride = signal<ReferralDirectory | null>(null);

  /** Built-in playbooks first (read-only), then imported packs, then the policy's pack. */
  const registry = computed(() => {
    const list: Playbook[] = [...deps.builtins];
    for (const pack of [...packs.value, policy.value?.playbookPack]) {
      if (!pack || deps.builtins.some((builtin) => builtin.id === pack.id)) continue;
      const at = list.findIndex((existing) => existing.id === pack.id);
      if (at >= 0) list[at] = pack;
      else list.push(pack);
    }
    return list;
  });

  const findPlaybook = (id: string) => registry.value.find((playbook) => playbook.id === id);
  const isBuiltin = (id: string) => deps.builtins.some((playbook) => playbook.id === id);

  /** Where a playbook comes from, for how its lines' provenance reads. */
  const originOf = (id: string): PlaybookOrigin =>
    isBuiltin(id) ? 'built-in' : policy.value?.playbookPack?.id === id ? 'policy' : 'pack';

  /** A procedure by id: built in, or carried by a pack in the registry. */
  const findProcedure = (id: string): Protocol | undefined =>
    deps.protocols.find((protocol) => protocol.id === id) ??
    registry.value.flatMap((book) => [book.protocols.abusive.custom, book.protocols.selfHarm.custom]).find((custom) => custom?.id === id);

  /** The procedure a playbook runs for a kind of safeguarding call. */
  const procedureFor = (playbook: Playbook, kind: ProtocolKind): Protocol | undefined => {
    const use = kind === 'abusive-call' ? playbook.protocols.abusive : playbook.protocols.selfHarm;
    const found = use.custom ?? findProcedure(use.procedure);
    return found?.kind === kind ? found : undefined;
  };

  /** The organisation's own referral list (its policy's, else one edited here), if it has one. */
  const ownReferrals = computed(() => policy.value?.referralDirectory ?? referralOverride.value ?? null);

  /** The guide's referral catalogue; null until it is loaded, where it is loaded on demand. */
  const catalogue = signal<ReferralDirectory | null>(typeof deps.catalogue === 'function' ? null : deps.catalogue);
  let catalogueLoad: Promise<void> | null = null;

  /** Loads the catalogue the first time it is asked for (a failure is tried again next time). */
  function catalogueReady(): Promise<void> {
    const load = deps.catalogue;
    if (typeof load !== 'function') return Promise.resolve();
    return (catalogueLoad ??= load().then(
      (list) => void (catalogue.value = list),
      (error: unknown) => {
        catalogueLoad = null;
        throw error;
      },
    ));
  }

  /**
   * The referral services that serve this playbook's callers, from the organisation's list or the
   * guide's; undefined until the guide's catalogue is in.
   */
  const referralsOf = (playbook: Playbook): CallerReferrals | undefined =>
    catalogue.value ? referralsFor(playbook.location, catalogue.value, ownReferrals.value) : undefined;

  async function readPolicy() {
    const raw = await deps.managed.get().catch(() => null);
    if (!raw || typeof raw !== 'object' || Object.keys(raw).length === 0) {
      policy.value = null;
      policyProblems.value = [];
      policyKnown.value = true;
      return;
    }
    const { parsePolicy } = await import('./policy');
    const parsed = parsePolicy(raw);
    policy.value = parsed.policy;
    policyProblems.value = parsed.problems;
    policyKnown.value = true;
  }

  async function readPacks(raw: unknown) {
    if (!Array.isArray(raw) || raw.length === 0) {
      // Left alone when already empty: a new empty list would re-render the panel for nothing.
      if (packs.peek().length > 0) packs.value = [];
      return;
    }
    const checked = deps.packsChecked;
    const text = JSON.stringify(raw);
    const print = checked ? await fingerprint(checked.guideVersion, text) : null;
    if (checked && print && (await checked.area.getValue().catch(() => null)) === print) {
      packs.value = raw as Playbook[];
      return;
    }
    const { validPlaybooks } = await import('./packs');
    const valid = validPlaybooks(raw);
    packs.value = valid;
    // Remembered only when every pack was valid as stored (none dropped, none brought forward).
    if (checked && print && JSON.stringify(valid) === text) await checked.area.setValue(print).catch(() => {});
  }

  async function readReferrals(raw: unknown) {
    if (!raw) {
      referralOverride.value = null;
      return;
    }
    const { validDirectory } = await import('./packs');
    referralOverride.value = validDirectory(raw);
  }

  /** Resolves once the policy has been read; the panel does not wait for it. */
  let policyRead: Promise<void> = Promise.resolve();

  /**
   * Reads what the organisation has imported here. The policy is read alongside but not waited
   * for: Chromium can take seconds to answer for managed storage, and the greeting must not wait.
   * Policy values apply the moment they arrive.
   */
  async function load(): Promise<void> {
    policyRead = readPolicy();
    await Promise.all([deps.packs.getValue().then(readPacks), deps.referrals.getValue().then(readReferrals)]);
  }

  /** Policy changes apply without a restart. */
  function watch(): () => void {
    const stops = [
      deps.managed.watch(() => void readPolicy()),
      deps.packs.watch((raw) => void readPacks(raw)),
      deps.referrals.watch((raw) => void readReferrals(raw)),
    ];
    return () => stops.forEach((stop) => stop());
  }

  async function savePacks(next: Playbook[]): Promise<void> {
    await deps.packs.setValue(next);
    packs.value = next;
  }

  async function saveReferrals(next: ReferralDirectory | null): Promise<void> {
    await deps.referrals.setValue(next);
    referralOverride.value = next;
  }

  return {
    policy,
    policyKnown,
    policyProblems,
    packs,
    referralOverride,
    registry,
    findPlaybook,
    isBuiltin,
    originOf,
    findProcedure,
    procedureFor,
    ownReferrals,
    referralsOf,
    /** The guide's referral catalogue (empty until it is loaded, where it is loaded on demand). */
    get catalogue(): ReferralDirectory {
      return catalogue.value ?? NO_CATALOGUE;
    },
    catalogueReady,
    load,
    /** For tests and start-up ordering: the policy has been read. */
    policyReady: () => policyRead,
    watch,
    savePacks,
    saveReferrals,
  };
}

export type OrgConfig = ReturnType<typeof createOrgConfig>;

const NO_CATALOGUE: ReferralDirectory = { id: 'none', name: 'None', note: '', entries: [] };

/** Storage that starts with `initial` and keeps writes in memory: for tests and benchmarks. */
export function memoryArea<T>(initial: T): Area<T> {
  let value: unknown = initial;
  return {
    getValue: async () => value,
    setValue: async (next) => {
      value = next;
    },
    watch: () => () => {},
  };
}

/** An organisation set-up with no policy and nothing imported, as on a fresh install. */
export function plainOrgConfig(
  builtins: readonly Playbook[],
  protocols: readonly Protocol[],
  catalogue: OrgConfigDeps['catalogue'],
  managed: unknown = null,
) {
  return createOrgConfig({
    builtins,
    protocols,
    catalogue,
    managed: { get: async () => managed, watch: () => () => {} },
    packs: memoryArea<Playbook[]>([]),
    referrals: memoryArea<ReferralDirectory | null>(null),
  });
}
