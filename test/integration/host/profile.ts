// A throw-away code-server profile: extensions dir, user data dir with quiet settings, and a
// temporary copy of the fixture workspace (tests may edit it freely).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build.js';

export interface Profile {
  readonly root: string;
  readonly extensionsDir: string;
  readonly userDataDir: string;
  readonly workspace: string;
  /** TMPDIR for code-server and what it starts (IPC sockets, tsserver logs): removed with the profile. */
  readonly tmpDir: string;
  dispose(): void;
}

/** Settings that keep the workbench from showing anything a test did not ask for. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 300,
  'window.confirmBeforeClose': 'never',
};

export function createProfile(name: string): Profile {
  const root = mkdtempSync(join(tmpdir(), `pilens-${name}-`));
  const extensionsDir = join(root, 'extensions');
  const userDataDir = join(root, 'user-data');
  const workspace = join(root, 'workspace');
  const tmpDir = join(root, 'tmp');
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(tmpDir);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  return {
    root,
    extensionsDir,
    userDataDir,
    workspace,
    tmpDir,
    dispose: () => {
      if (!process.env.PILENS_KEEP_PROFILE) rmSync(root, { recursive: true, force: true });
    },
  };
}
