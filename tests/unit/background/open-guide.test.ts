import { describe, expect, it, vi } from 'vitest';
import { wireGuideOpening, type GuideApi } from '../../../lib/background/open-guide';

function listeners() {
  const action: Array<() => void> = [];
  const command: Array<(name: string, tab?: { windowId?: number }) => void> = [];
  return {
    action,
    command,
    api: {
      action: { onClicked: { addListener: (l: () => void) => action.push(l) } },
      commands: { onCommand: { addListener: (l: (typeof command)[number]) => command.push(l) } },
    },
  };
}

describe('opening the guide', () => {
  it('in Chrome, opens the side panel on the toolbar click and on the keyboard command', () => {
    const { api, command } = listeners();
    const sidePanel = {
      setPanelBehavior: vi.fn(() => Promise.resolve()),
      open: vi.fn(() => Promise.resolve()),
    };
    wireGuideOpening({ ...api, sidePanel } as GuideApi);
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    command.forEach((l) => l('open-guide', { windowId: 7 }));
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('ignores other commands', () => {
    const { api, command } = listeners();
    const sidePanel = { setPanelBehavior: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) };
    wireGuideOpening({ ...api, sidePanel } as GuideApi);
    command.forEach((l) => l('something-else', { windowId: 7 }));
    expect(sidePanel.open).not.toHaveBeenCalled();
  });

  it('in Firefox, toggles the sidebar on the toolbar click and opens it on the command', () => {
    const { api, action, command } = listeners();
    const sidebarAction = { toggle: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) };
    wireGuideOpening({ ...api, sidebarAction } as GuideApi);
    action.forEach((l) => l());
    expect(sidebarAction.toggle).toHaveBeenCalledTimes(1);
    command.forEach((l) => l('open-guide'));
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
  });

  it('reports a refused open instead of failing silently', async () => {
    const { api, command } = listeners();
    const report = vi.fn();
    const refusal = new Error('no user gesture');
    const sidePanel = { setPanelBehavior: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.reject(refusal)) };
    wireGuideOpening({ ...api, sidePanel } as GuideApi, report);
    command.forEach((l) => l('open-guide', { windowId: 1 }));
    await vi.waitFor(() => expect(report).toHaveBeenCalledWith(refusal));
  });
});
