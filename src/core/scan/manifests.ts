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

/** What kind of dependency file `path` is (any separator), if any. */
export function dependencyFileKind(path: string): 'lockfile' | 'manifest' | undefined {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const name = path.slice(slash + 1).toLowerCase();
  if (UNREAD_NAMES.has(name) || REQUIREMENTS.test(path)) return 'lockfile';
  return MANIFEST_NAMES.has(name) ? 'manifest' : undefined;
}

/** Sections of a manifest that name people: `author`, `contributors`, a POM's `developers`. */
const PEOPLE_SECTIONS = /^(?:authors?|contributors?|maintainers?|developers?|owners?|people)$/i;

/** Whether a manifest's field sits in a section about people (its owner or dotted path says so). */
export function inPeopleSection(candidate: FieldCandidate): boolean {
  const path = [candidate.owner ?? '', ...candidate.name.split('.').slice(0, -1)];
  return path.some((part) => PEOPLE_SECTIONS.test(part));
}
