/**
 * Dependency manifests and lockfiles describe software, not people: their keys are package
 * names (`passport-jwt`, `react-phone-number-input`) and their values versions and hashes.
 * Lockfiles are not read at all; a manifest is read only in the sections that name people (a
 * package's `author`, `contributors`, `maintainers`, a POM's `developers`), so no package name
 * is ever taken for an identity document and a maintainer's e-mail is still seen.
 */
import type { FieldCandidate } from '../types.js';

/** Lockfiles and files like them (workspace and compiler settings), by exact name in lower case: nothing in them is about a person. */
const UNREAD_NAMES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'bun.lock',
  'deno.lock',
  'composer.lock',
  'go.mod',
  'go.sum',
  'go.work',
  'go.work.sum',
  'cargo.lock',
  'gemfile',
  'gemfile.lock',
  'pipfile',
  'pipfile.lock',
  'poetry.lock',
  'uv.lock',
  'gradle.lockfile',
  'packages.lock.json',
  'packages.config',
  'directory.packages.props',
  'mix.lock',
  'pubspec.lock',
  'podfile',
  'podfile.lock',
  'package.resolved',
  'flake.lock',
  'lerna.json',
  'turbo.json',
  'tsconfig.json',
  'jsconfig.json',
]);

/** Manifests by file name: dependencies and build settings, plus a few sections about people. */
const MANIFEST_NAMES: ReadonlySet<string> = new Set([
  'package.json',
  'deno.json',
  'composer.json',
  'cargo.toml',
  'pyproject.toml',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'mix.exs',
  'pubspec.yaml',
]);

/** `requirements.txt`, `requirements-dev.txt`, `constraints.txt`, `requirements/base.in`. */
const REQUIREMENTS =
  /(?:^|[\\/])(?:(?:requirements|constraints)(?:[-_.][\w.-]*)?|requirements[\\/][\w.-]+)\.(?:txt|in)$/i;

/**
 * A tool's own settings, like the compiler settings above (issue 9, item 4): an editor's, a
 * formatter's or a linter's configuration (`.editorconfig`, `.prettierrc.json`,
 * `.eslintrc.yml`, `.vscode/settings.json`, `.idea/`) and a code host's templates and bots
 * (`.github/ISSUE_TEMPLATE/`, `.github/dependabot.yml`). Their keys are the tool's options
 * (`ij_java_test_name_suffix`), never a person's data. A host's list of code owners
 * (`CODEOWNERS`) names people and stays read.
 */
const TOOL_SETTINGS_NAMES =
  /^(?:\.editorconfig|\.(?:prettier|eslint|stylelint|markdownlint|remark|lintstaged|commitlint|babel|swc|mocha|nyc|jshint|jscs)rc(?:\.[\w.]+)?|\.(?:browserslist|nvm|yarn|gem|rubocop|pylint|flake8|coveragerc)(?:rc)?(?:\.[\w.]+)?|\.(?:git|docker|prettier|eslint|npm|stylelint)ignore|\.gitattributes|\.gitmodules|\.node-version|\.python-version|\.tool-versions|\.clang-format|\.clang-tidy|\.golangci\.ya?ml|\.pre-commit-config\.yaml|renovate\.json5?|\.renovaterc(?:\.json)?|codecov\.ya?ml|\.codecov\.ya?ml|\.mergify\.yml)$/;
/** Folders holding only a tool's settings or a code host's templates. */
const TOOL_SETTINGS_FOLDERS =
  /(?:^|[\\/])(?:\.vscode|\.idea|\.fleet|\.husky|\.github[\\/](?:ISSUE_TEMPLATE|DISCUSSION_TEMPLATE|PULL_REQUEST_TEMPLATE))[\\/]/i;
/** Files of a code host's settings outside those folders. */
const HOST_SETTINGS =
  /(?:^|[\\/])\.github[\\/](?:dependabot\.ya?ml|release-drafter\.ya?ml|labeler\.ya?ml|stale\.ya?ml|FUNDING\.ya?ml|pull_request_template\.md|ISSUE_TEMPLATE\.md|renovate\.json5?)$/i;

/** Whether `path` (any separator; `name` its last part, lower-cased) is a tool's settings file. */
function toolSettingsFile(path: string, name: string): boolean {
  return TOOL_SETTINGS_NAMES.test(name) || TOOL_SETTINGS_FOLDERS.test(path) || HOST_SETTINGS.test(path);
}

/**
 * Whether `path` (any separator) is a file of the project's tools rather than of its application:
 * `unread` when nothing in it is read (lockfiles, requirement lists, a tool's settings),
 * `manifest` when only its sections about people are (`inPeopleSection`), `undefined` otherwise.
 */
export function toolFileKind(path: string): 'unread' | 'manifest' | undefined {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const name = path.slice(slash + 1).toLowerCase();
  if (UNREAD_NAMES.has(name) || REQUIREMENTS.test(path) || toolSettingsFile(path, name)) return 'unread';
  return MANIFEST_NAMES.has(name) ? 'manifest' : undefined;
}

/** Sections of a manifest that name people: `author`, `contributors`, a POM's `developers`. */
const PEOPLE_SECTIONS = /^(?:authors?|contributors?|maintainers?|developers?|owners?|people)$/i;

/** Whether a manifest's field sits in a section about people (its owner or dotted path says so). */
export function inPeopleSection(candidate: FieldCandidate): boolean {
  const path = [candidate.owner ?? '', ...candidate.name.split('.').slice(0, -1)];
  return path.some((part) => PEOPLE_SECTIONS.test(part));
}
