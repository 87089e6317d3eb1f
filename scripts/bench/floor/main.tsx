// The floor for the panel-load benchmark: an empty Preact page built by the same toolchain, marking
// the same moment the panel marks when its greeting is on screen.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';

function Floor() {
  useEffect(() => {
    performance.mark('call-guide:greeting-shown');
  }, []);
  return <p>Floor</p>;
}

render(<Floor />, document.getElementById('app')!);
