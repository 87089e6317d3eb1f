import { startGuidePage } from '../../app/guide-page';

startGuidePage(document.getElementById('app')!, 'panel');
