import * as vscode from 'vscode';
import { SidebarStrings } from '../../shared/protocol';

/** Every fixed string of the Team notes view, localized by the host. */
export function teamStrings(): SidebarStrings {
  return {
    heading: vscode.l10n.t('Team notes'),
    intro: vscode.l10n.t(
      'Notes your teammates shared in this repository: micro-lessons, experiment reports and questions. They arrive with git pull; yours leave with your commit.',
    ),
    untrusted: vscode.l10n.t(
      'Team notes come with the repository, so Pacewise reads them only in a trusted workspace. Your timer, check-ins and insights work either way.',
    ),
    trust: vscode.l10n.t('Manage Workspace Trust…'),
    noFolder: vscode.l10n.t('Open a folder or repository to see its team notes.'),
    loading: vscode.l10n.t('Reading team notes…'),
    empty: vscode.l10n.t(
      'No team notes yet. Share a micro-lesson from the Pacewise sidebar, or ask mentors a question.',
    ),
    noMatch: vscode.l10n.t('No notes match. Clear the search or the filters.'),
    search: vscode.l10n.t('Search notes'),
    searchPlaceholder: vscode.l10n.t('Words, tags or an experiment'),
    kind: vscode.l10n.t('Kind'),
    template: vscode.l10n.t('Experiment'),
    outcome: vscode.l10n.t('Outcome'),
    any: vscode.l10n.t('Any'),
    filters: vscode.l10n.t('Filter by kind, experiment or outcome'),
    filtersSet: vscode.l10n.t('Filters in use: {0}'),
    // A key with ".one" beside it is a counted message: the webview picks the form for the count (pluralForm).
    count: vscode.l10n.t('{0} of {1} notes'),
    'count.one': vscode.l10n.t('{0} of {1} note'),
    more: vscode.l10n.t('{0} more notes match; refine the search to see them.'),
    'more.one': vscode.l10n.t('{0} more note matches; refine the search to see it.'),
    annotations: vscode.l10n.t('{0} annotations'),
    'annotations.one': vscode.l10n.t('{0} annotation'),
    yours: vscode.l10n.t('yours'),
    open: vscode.l10n.t('Open'),
    back: vscode.l10n.t('Back to the list'),
    annotate: vscode.l10n.t('Annotate…'),
    adopt: vscode.l10n.t('Adopt This Experiment…'),
    editNote: vscode.l10n.t('Edit…'),
    withdraw: vscode.l10n.t('Withdraw…'),
    annotationsHeading: vscode.l10n.t('Annotations'),
    noAnnotations: vscode.l10n.t('No annotations yet. Mentors add advice with Annotate.'),
    aggregatesHeading: vscode.l10n.t('Across the team'),
    aggregatesNone: vscode.l10n.t(
      'Not enough notes to summarise yet: a summary appears once five different people committed notes about an experiment.',
    ),
    aggregateNotes: vscode.l10n.t('{0} notes'),
    unreadable: vscode.l10n.t('{0} unreadable notes'),
    'unreadable.one': vscode.l10n.t('{0} unreadable note'),
    skipped: vscode.l10n.t(
      '{0} files not read (over the limit): Pacewise reads at most 10,000 notes and 10,000 annotations.',
    ),
    'skipped.one': vscode.l10n.t(
      '{0} file not read (over the limit): Pacewise reads at most 10,000 notes and 10,000 annotations.',
    ),
    unknownSetting: vscode.l10n.t(
      'The setting pacewise.team.folder names "{0}", which is not a folder of this workspace; using {1}.',
    ),
    draftsHeading: vscode.l10n.t('Drafts on this machine'),
    continueDraft: vscode.l10n.t('Continue'),
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
