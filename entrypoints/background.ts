import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireGuideOpening, type GuideApi } from '../lib/background/open-guide';
import { wireProtocolCommands, type CommandApi } from '../lib/background/protocol-commands';
import { wireSpellSelection, type SpellMenuApi } from '../lib/background/spell-selection';
import { wireHoldBadge, type BadgeApi } from '../lib/call/hold-badge';
import { heardReadingItem, holdReadingItem } from '../lib/call/hold-item';
import { panelRequestItem } from '../lib/panel-request';

// The extension API is passed in as narrow interfaces (Firefox's sidebarAction is not in the
// Chrome-based types), so each wiring function can be tested with its own fake.
export default defineBackground(() => {
  const openGuide = wireGuideOpening(browser as unknown as GuideApi);
  wireHoldBadge(browser as unknown as BadgeApi, holdReadingItem(), heardReadingItem());
  wireSpellSelection(browser as unknown as SpellMenuApi, panelRequestItem(), openGuide);
  wireProtocolCommands(browser as unknown as CommandApi, panelRequestItem(), openGuide);
});
