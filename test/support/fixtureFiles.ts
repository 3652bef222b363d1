// The fixture files a differential test may read: every file under test/fixtures whose name
// matches, in path order, except the held-out and blind sets. Those stay unread because a failing
// comparison would print their fields (the readers' tests compare whole candidate lists).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(process.cwd(), 'test/fixtures');
const BLIND = /^(heldout\d*|flows-blind\d*)\//;

export interface FixtureFile {
  /** Relative to the repository root, for assertion messages. */
  readonly file: string;
  readonly text: string;
}

/** Files of `dir` (test/fixtures by default) whose name matches `name`, blind sets left out. */
export function fixtureFiles(name: RegExp, dir = FIXTURES): FixtureFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !BLIND.test(path.relative(FIXTURES, file)))
    .sort()
    .map((file) => ({ file: path.relative(process.cwd(), file), text: readFileSync(file, 'utf8') }));
}
