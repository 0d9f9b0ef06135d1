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

/**
 * The user agent the example pages see: a desktop Chrome on Linux. Headless Chromium says
 * `HeadlessChrome`, which the library rightly takes for an automated tool, not a browser, so the
 * assist session would (correctly) withhold "Log in to Portal as Patient" from the staff member.
 * Tests of a real staff desk run as the browser staff use.
 */
export const STAFF_DESKTOP_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** Where Debian installs Chromium (`scripts/ensure-chromium.sh`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
