/**
 * @lezer/javascript configured once per dialect, for the scan's TypeScript/JavaScript reader and
 * the flow analysis alike: one parser object per dialect, so a tree one made is the other's.
 */
import { parser as jsParser } from '@lezer/javascript';

export const JS_PARSERS = {
  ts: jsParser.configure({ dialect: 'ts' }),
  tsx: jsParser.configure({ dialect: 'ts jsx' }),
  jsx: jsParser.configure({ dialect: 'jsx' }),
};

export type JsDialect = keyof typeof JS_PARSERS;
