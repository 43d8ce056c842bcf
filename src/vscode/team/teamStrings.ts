import * as vscode from 'vscode';
import { SidebarStrings } from '../../shared/protocol';

/** Every fixed string of the team note tab (a note, the share preview), localized by the host. */
export function teamStrings(): SidebarStrings {
  return {
    yours: vscode.l10n.t('yours'),
    back: vscode.l10n.t('Back to the list'),
    annotate: vscode.l10n.t('Annotate…'),
    adopt: vscode.l10n.t('Adopt This Experiment…'),
    editNote: vscode.l10n.t('Edit…'),
    withdraw: vscode.l10n.t('Withdraw…'),
    annotationsHeading: vscode.l10n.t('Annotations'),
    noAnnotations: vscode.l10n.t('No annotations yet. Mentors add advice with Annotate.'),
    previewHeading: vscode.l10n.t('Share preview'),
    honest: vscode.l10n.t(
      'De-identified: teammates may still recognise your writing or your commit. Git records who committed the file and when, and a withdrawn note stays in git history.',
    ),
    previewHelp: vscode.l10n.t(
      "Highlighted parts are replaced before sharing. Edit your words above each preview; keep a highlighted part only if it identifies no one. [name?] marks words that may be a person's name: Pacewise cannot know every colleague, so look for names it did not mark.",
    ),
    sharedAs: vscode.l10n.t('Shared as'),
    keep: vscode.l10n.t('Keep "{0}"'),
    keepShort: vscode.l10n.t('keep'),
    redactShort: vscode.l10n.t('redact'),
    redact: vscode.l10n.t('Redact "{0}" again'),
    tags: vscode.l10n.t('Tags (comma-separated)'),
    pseudonym: vscode.l10n.t(
      'Link my notes about this experiment (adds a code that is the same on each of them and tells no one who you are)',
    ),
    file: vscode.l10n.t('The file that will be written: {0}'),
    share: vscode.l10n.t('Share'),
    closeDraft: vscode.l10n.t('Close (keep draft)'),
    discard: vscode.l10n.t('Discard Draft'),
    notWritten: vscode.l10n.t('Nothing is written until you press Share. Pacewise never commits.'),
    previewUpdated: vscode.l10n.t('Your latest words were just checked: look at the preview again, then press Share.'),
  };
}
