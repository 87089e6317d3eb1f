import { startIncidentLog } from '../../components/incidents/start';

startIncidentLog(document.getElementById('app')!);
