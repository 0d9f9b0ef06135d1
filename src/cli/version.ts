// Only `version` is imported, so the CLI bundle holds that one string, not the whole manifest.
import { version } from '../../package.json';

/** The package's version, from package.json at build time; printed by `--version`. */
export const cliVersion: string = version;
