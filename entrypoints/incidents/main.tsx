import { render } from 'preact';
import { IncidentLog } from '../../components/incidents/IncidentLog';
import '../../components/ui/theme.css';
import { openDatabase } from '../../lib/db';

function main() {
  render(<IncidentLog db={openDatabase()} />, document.getElementById('app')!);
}

main();
