import * as vscode from 'vscode';
import { PENDING_COMMANDS } from './commands.js';

/**
 * Registers the declared-but-unimplemented commands so the palette entries answer instead of
 * failing with "command not found". Each goes away when its real handler lands.
 */
export function registerPendingCommands(): vscode.Disposable[] {
  return PENDING_COMMANDS.map((id) =>
    vscode.commands.registerCommand(id, () => {
      void vscode.window.showInformationMessage(vscode.l10n.t('This PI Lens command is not yet available.'));
    }),
  );
}
