import { startPresenter } from '../../app/presenter';

startPresenter(document.getElementById('app')!);
