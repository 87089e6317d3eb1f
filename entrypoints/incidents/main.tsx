import { startIncidentLog } from '../../app/incidents';

void startIncidentLog(document.getElementById('app')!);
