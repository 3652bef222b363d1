import * as vscode from 'vscode';
import { PENDING_COMMANDS } from './commands.js';

/**
 * Registers the declared-but-unimplemented commands so the palette entries answer instead of
 * failing with "command not found". Call it after every real handler is registered: an id
 * that already has its real handler is skipped, so a forgotten PENDING_COMMANDS entry cannot
 * break activation.
 */
export function registerPendingCommands(): vscode.Disposable[] {
  const registered: vscode.Disposable[] = [];
  for (const id of PENDING_COMMANDS) {
    try {
      registered.push(
        vscode.commands.registerCommand(id, () => {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('This PI Lens command is not yet available.'),
          );
        }),
      );
    } catch {
      // Already registered by its real implementation.
    }
  }
  return registered;
}
