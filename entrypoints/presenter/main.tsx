import { startPresenter } from '../../components/training/start-presenter';

startPresenter(document.getElementById('app')!);
