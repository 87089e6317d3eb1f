import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireGuideOpening, type GuideApi } from '../lib/background/open-guide';
import { wireHoldBadge, type BadgeApi } from '../lib/call/hold-badge';
import { holdStartItem } from '../lib/call/hold-item';

export default defineBackground(() => {
  // Firefox's sidebarAction is not in the Chrome-based types; the guide checks for it at run time.
  wireGuideOpening(browser as unknown as GuideApi);
  wireHoldBadge(browser as unknown as BadgeApi, holdStartItem);
});
