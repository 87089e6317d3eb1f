/**
 * Opening the guide: the toolbar button and the "open-guide" keyboard command. Chrome has a side
 * panel; Firefox a sidebar. Both browsers only open them inside a user gesture, so the calls below
 * happen synchronously in the listeners, before any await.
 */

/** The parts of the extension API this needs, so tests can pass their own. */
export interface GuideApi {
  action?: { onClicked: { addListener(listener: () => void): void } };
  commands: { onCommand: { addListener(listener: (command: string, tab?: { windowId?: number }) => void): void } };
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { windowId: number }): Promise<void>;
  };
  sidebarAction?: { toggle(): Promise<void>; open(): Promise<void> };
}

export const OPEN_GUIDE_COMMAND = 'open-guide';

/**
 * Wires the toolbar button and the keyboard command, and returns the function that opens the
 * guide, for other gestures (the context menu) to call. Call it synchronously in their listeners.
 */
export function wireGuideOpening(
  api: GuideApi,
  report: (error: unknown) => void = console.error,
): (windowId: number | undefined) => void {
  const { sidePanel, sidebarAction } = api;
  const openGuide = (windowId: number | undefined) => {
    if (sidePanel && windowId !== undefined) sidePanel.open({ windowId }).catch(report);
    else if (sidebarAction) sidebarAction.open().catch(report);
  };
  if (sidePanel) {
    // Chrome opens the panel on the toolbar click itself; no listener needed for that.
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report);
  } else if (sidebarAction) {
    api.action?.onClicked.addListener(() => {
      sidebarAction.toggle().catch(report);
    });
  }
  api.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_GUIDE_COMMAND) openGuide(tab?.windowId);
  });
  return openGuide;
}
