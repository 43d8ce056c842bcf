import * as vscode from 'vscode';

/** Says that a command's argument was not what it takes, and what it takes; returns false (nothing was changed). */
export function badArgument(command: string, expected: string): false {
  void vscode.window.showErrorMessage(
    vscode.l10n.t('{0}: invalid argument, expected {1}. Nothing was changed.', command, expected),
  );
  return false;
}
