import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { CheckinScale, checkinTyping, parseCheckinArgs, parseCheckinText } from '../../core/focus/checkins';
import { CommandId } from '../commandIds';
import { FocusController } from './focusController';

/**
 * `pacewise.checkIn`: four digits and Enter (energy, stress, focus, fairness of workload, 1–5), an optional note
 * after a space; Escape skips. Under five seconds with the keyboard alone; stored on this machine only.
 */
export function checkinCommand(controller: FocusController): (arg?: unknown) => Promise<boolean> {
  return async (arg?: unknown) => {
    const parsedArg = parseCheckinArgs(arg);
    if (!parsedArg.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0}: invalid argument, {1}. Nothing was saved.',
          CommandId.checkIn,
          inertText(parsedArg.problem),
        ),
      );
      return false;
    }
    let values = parsedArg.value;
    if (!values) {
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Check in: energy, stress, focus, fairness (1–5)'),
        prompt: vscode.l10n.t(
          'Four digits from 1 (low) to 5 (high): energy, stress, focus quality, fairness of your workload. A note may follow after a space. Escape skips. Stays on this machine.',
        ),
        placeHolder: vscode.l10n.t('e.g. 3425 or 3425 long review day'),
        ignoreFocusOut: false,
        validateInput: typingMessage,
      });
      if (!text?.trim()) return false;
      const parsed = parseCheckinText(text);
      if (!parsed.ok) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Nothing was saved: a check-in is four digits from 1 to 5, then an optional note.'),
        );
        return false;
      }
      values = parsed.value;
    }
    try {
      await controller.recordCheckin(values);
    } catch (err) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Pacewise could not save the check-in: {0}', inertText(String(err))),
      );
      return false;
    }
    vscode.window.setStatusBarMessage(vscode.l10n.t('Check-in saved (only on this machine).'), 3000);
    return true;
  };
}

function scaleName(scale: CheckinScale): string {
  return {
    energy: vscode.l10n.t('energy'),
    stress: vscode.l10n.t('stress'),
    focus: vscode.l10n.t('focus'),
    fairness: vscode.l10n.t('fairness of workload'),
  }[scale];
}

/** What the check-in box says while one types: the next scale (not an error), or which digit is wrong and why. */
function typingMessage(text: string): vscode.InputBoxValidationMessage | undefined {
  const t = checkinTyping(text);
  switch (t.kind) {
    case 'complete':
      return undefined;
    case 'partial':
      return text.trim() === ''
        ? undefined
        : {
            message: vscode.l10n.t('Next: {0}, from 1 to 5.', scaleName(t.next)),
            severity: vscode.InputBoxValidationSeverity.Info,
          };
    case 'badDigit':
      return {
        message: vscode.l10n.t('{0} is not from 1 to 5 ({1}).', t.digit, scaleName(t.scale)),
        severity: vscode.InputBoxValidationSeverity.Error,
      };
    case 'malformed':
      return {
        message: vscode.l10n.t(
          'Type four digits from 1 to 5 (energy, stress, focus, fairness), then an optional note.',
        ),
        severity: vscode.InputBoxValidationSeverity.Error,
      };
  }
}
