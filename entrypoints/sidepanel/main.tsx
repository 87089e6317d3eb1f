import { startGuidePage } from '../../components/panel/start';

startGuidePage(document.getElementById('app')!, 'panel');
