// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyComponent, loadsUnderWay } from '../../../components/ui/lazy';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = (node: preact.ComponentChild) => {
  root = document.body.appendChild(document.createElement('div'));
  render(node, root);
};

describe('a component loaded on first use', () => {
  it('shows itself when its code arrives between the first render and the effect (a preload after the first paint)', async () => {
    const { Lazy, preload } = lazyComponent(() => Promise.resolve(Greeting));
    await act(async () => {
      mount(<Lazy name="Morag" />);
      expect(screen.getByText('Loading…')).toBeInTheDocument();
      await preload(); // arrives before the effects run
    });
    expect(await screen.findByText('Hello Morag')).toBeInTheDocument();
  });

  it('quiet: shows nothing, not "Loading…", and asks for its code once the page is idle, not in the first effects', async () => {
    let arrive: ((component: typeof Greeting) => void) | undefined;
    const { Lazy } = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)), { quiet: true });
    await act(async () => mount(<Lazy name="Morag" />));
    expect(root).toBeEmptyDOMElement();
    expect(arrive).toBeUndefined();
    await waitFor(() => expect(arrive).toBeDefined());
    expect(root).toBeEmptyDOMElement();
    await act(async () => arrive!(Greeting));
    expect(await screen.findByText('Hello Morag')).toBeInTheDocument();
  });

  it('quiet: joins a preload already under way at once', async () => {
    let arrive!: (component: typeof Greeting) => void;
    let asked = 0;
    const { Lazy, preload } = lazyComponent(
      () => {
        asked += 1;
        return new Promise<typeof Greeting>((resolve) => (arrive = resolve));
      },
      { quiet: true },
    );
    const preloaded = preload();
    await act(async () => mount(<Lazy name="Morag" />));
    await act(async () => {
      arrive(Greeting);
      await preloaded;
    });
    expect(screen.getByText('Hello Morag')).toBeInTheDocument();
    expect(asked).toBe(1);
  });

  it('quiet: still says so when its code cannot be loaded', async () => {
    const { Lazy } = lazyComponent<{ name: string }>(() => Promise.reject(new Error('gone')), { quiet: true });
    await act(async () => mount(<Lazy name="Morag" />));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });

  it('says so when its code cannot be loaded, and tries again on the next use', async () => {
    let attempts = 0;
    const { Lazy } = lazyComponent(() => (++attempts === 1 ? Promise.reject(new Error('gone')) : Promise.resolve(Greeting)));
    await act(async () => mount(<Lazy name="Morag" />));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    await act(async () => render(null, root));
    await act(async () => render(<Lazy name="Ann" />, root));
    expect(await screen.findByText('Hello Ann')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('says when the parts still loading are in, so a shortcut for a button in one can wait for it', async () => {
    expect(loadsUnderWay()).toBeNull();
    let arrive!: (component: typeof Greeting) => void;
    const { preload } = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    void preload();
    const settled = loadsUnderWay();
    expect(settled).not.toBeNull();
    let done = false;
    void settled!.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    arrive(Greeting);
    await settled;
    expect(done).toBe(true);
    expect(loadsUnderWay()).toBeNull();
  });

  it('a load that fails is no longer under way, and the next use asks again', async () => {
    let asked = 0;
    const { preload } = lazyComponent(() => {
      asked += 1;
      return asked === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(preload()).rejects.toThrow('offline');
    expect(loadsUnderWay()).toBeNull();
    await expect(preload()).resolves.toBe(Greeting);
    expect(asked).toBe(2);
  });
});
