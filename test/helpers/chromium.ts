/**
 * Flags for Debian's Chromium in this workplace's containers: no sandbox (root), no GPU, and
 * nothing fetched in the background (the network is closed, and every refused connection is noise).
 */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often have a small /dev/shm.
  '--disable-dev-shm-usage',
]);

/** Where Debian installs Chromium (`scripts/ensure-chromium.sh`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
