// Importing @preact/signals installs its Preact integration: components reading the log state's
// signals re-render when they change.
import '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DatabaseProblem } from '../ui/DatabaseProblem';
import { AgentsView } from './AgentsView';
import { BackupPanel } from './BackupPanel';
import { IncidentDetail } from './IncidentDetail';
import { IncidentFilters } from './IncidentFilters';
import { FollowUpsView } from './FollowUpsView';
import { IncidentList } from './IncidentList';
import { LogContext, type LogServices } from './log-context';
import { OverviewView } from './OverviewView';
import { PatternsView } from './PatternsView';
import { ReportView } from './ReportView';
import { RetentionPanel } from './RetentionPanel';
import { SubjectAccess } from './SubjectAccess';
import { createSealingSession } from './sealing/session';
import { SealingContext, useContentLocked } from './sealing/sealing-context';
import { SealedTransfer } from './sealing/SealedTransfer';
import { SealingBar } from './sealing/SealingBar';
import { useHashRoute, type Route } from './use-hash-route';
import { lazyComponent } from '../ui/lazy';
import './incidents.css';

// Call quality reviews load when their section is opened.
const CallQualityPage = lazyComponent(() => import('../reviews/CallQualityPage').then((m) => m.CallQualityPage)).Lazy;

const VIEWS = [
  { href: '#/', view: 'list', label: 'Incidents' },
  { href: '#/follow-ups', view: 'follow-ups', label: 'Follow-ups' },
  { href: '#/agents', view: 'agents', label: 'Agents' },
  { href: '#/overview', view: 'overview', label: 'Overview' },
  { href: '#/patterns', view: 'patterns', label: 'Repeat callers' },
  { href: '#/quality', view: 'quality', label: 'Call quality' },
  { href: '#/data', view: 'data', label: 'Export, backup and retention' },
] as const;

/** How often the page re-reads its clock, so deadlines turn overdue without a reload. */
const TICK_MS = 30_000;

interface Props {
  services: Omit<LogServices, 'now'>;
  clock(): number;
  win?: Window;
}

/** The incident log for team leaders: a full tab reading the local database. */
export function IncidentLog({ services, clock, win = window }: Props) {
  const route = useHashRoute(win);
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), TICK_MS);
    return () => clearInterval(timer);
  }, [clock]);
  const current = route.view === 'incident' || route.view === 'report' ? 'list' : route.view;
  // Sealed incidents: the key, when unlocked, lives in this tab's memory only (sealing/session.ts).
  const sealing = useMemo(
    () => createSealingSession({ real: services.db, managed: services.managed ?? NO_POLICY, now: clock, win }),
    [services.db, services.managed, clock, win],
  );
  useEffect(() => void sealing.refresh(), [sealing]);

  return (
    <LogContext.Provider value={{ ...services, db: sealing.db.value, listDb: sealing.listDb.value, now }}>
      <SealingContext.Provider value={sealing}>
        <div class="log">
          <header class="log-header no-print">
            <h1>Incident log</h1>
            <p class="hint">Incidents recorded on this computer. They are stored here only and never sent anywhere.</p>
            <nav aria-label="Incident log">
              {VIEWS.map(({ href, view, label }) => (
                <a key={view} href={href} aria-current={current === view ? 'page' : undefined}>
                  {label}
                </a>
              ))}
            </nav>
            <SealingBar />
          </header>
          <main key={sealing.generation.value}>
            <DatabaseProblem download={services.download} now={clock} />
            <View route={route} />
          </main>
        </div>
      </SealingContext.Provider>
    </LogContext.Provider>
  );
}

const NO_POLICY = { get: async () => null };

function View({ route }: { route: Route }) {
  const contentLocked = useContentLocked();
  switch (route.view) {
    case 'incident':
      return <IncidentDetail id={route.id} />;
    case 'report':
      return <ReportView id={route.id} />;
    case 'overview':
      return <OverviewView />;
    case 'follow-ups':
      return <FollowUpsView />;
    case 'agents':
      return <AgentsView />;
    case 'patterns':
      return <PatternsView />;
    case 'quality':
      return <CallQualityPage path={route.path} />;
    case 'data':
      return (
        <>
          <SealedTransfer />
          {!contentLocked && <BackupPanel />}
          <RetentionPanel />
          {!contentLocked && <SubjectAccess />}
        </>
      );
    default:
      return (
        <>
          <IncidentFilters />
          <IncidentList />
        </>
      );
  }
}
