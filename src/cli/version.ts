/** The version printed by `--version` and written into SARIF, from package.json at build time. */
import { version } from '../../package.json';

export const PILENS_VERSION: string = version;
