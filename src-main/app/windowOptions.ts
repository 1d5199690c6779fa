// The quick-ask window's look: small, frameless, always on top, out of the taskbar, loaded at #/quick-ask.
import type { HardenedWindowOptions } from './createHardenedWindow';

export const quickAskWindowOptions: Pick<HardenedWindowOptions, 'hashRoute' | 'showWhenReady' | 'window'> = {
  hashRoute: '/quick-ask',
  showWhenReady: false,
  window: {
    width: 640,
    height: 420,
    frame: false,
    resizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    fullscreenable: false,
    minimizable: false,
    maximizable: false,
    title: 'Goodies quick ask',
  },
};
