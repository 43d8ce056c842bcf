import * as vscode from 'vscode';
import { Metric } from '../../core/dayMetrics';
import { DraftField } from '../../core/team/shareDraft';
import { AdherenceBucket, Direction, DurationBucket, NoteKind, TeamNote } from '../../core/team/teamNote';
import { metricName, templateTitle } from '../experiments/experimentText';
import { inertText } from '../../core/inertText';
import type { ShareOutcome } from './teamService';

/** The words of the Team notes view and the share preview, localized here (the webview has no l10n of its own). */
export function kindLabel(kind: NoteKind): string {
  return kind === 'lesson'
    ? vscode.l10n.t('Micro-lesson')
    : kind === 'experimentReport'
      ? vscode.l10n.t('Experiment report')
      : kind === 'question'
        ? vscode.l10n.t('Question for mentors')
        : vscode.l10n.t('Pacing challenge');
}

/** A pacing challenge is a team's, written for the other team: its fields read so. */
function challengeLabel(field: DraftField): string | undefined {
  return field === 'tried'
    ? vscode.l10n.t('What the team tried lately')
    : field === 'question'
      ? vscode.l10n.t('What we would like to hear from the other team')
      : undefined;
}

export function fieldLabel(field: DraftField, kind?: NoteKind): string {
  if (kind === 'challenge') return challengeLabel(field) ?? readerFieldLabel(field);
  const labels: Record<DraftField, string> = {
    title: vscode.l10n.t('Title'),
    hypothesis: vscode.l10n.t('Hypothesis'),
    challenge: vscode.l10n.t("This week's pacing challenge"),
    tried: vscode.l10n.t('What I tried, or will try'),
    changed: vscode.l10n.t('What changed'),
    keep: vscode.l10n.t('What I will keep'),
    tell: vscode.l10n.t('What I would tell a teammate'),
    question: vscode.l10n.t('Your question'),
    advice: vscode.l10n.t('Your advice'),
    team: vscode.l10n.t('Your team (optional: leave empty to name none)'),
  };
  return labels[field];
}

/** The same fields as a teammate reads them in someone else's note: not "your question". */
export function readerFieldLabel(field: DraftField, kind?: NoteKind): string {
  if (kind === 'challenge') {
    const label = challengeLabel(field);
    if (label) return label;
  }
  const labels: Record<DraftField, string> = {
    title: vscode.l10n.t('Title'),
    hypothesis: vscode.l10n.t('Hypothesis'),
    challenge: vscode.l10n.t('Pacing challenge'),
    tried: vscode.l10n.t('What was tried'),
    changed: vscode.l10n.t('What changed'),
    keep: vscode.l10n.t('What they will keep'),
    tell: vscode.l10n.t('What they would tell a teammate'),
    question: vscode.l10n.t('Question'),
    advice: vscode.l10n.t('Advice'),
    team: vscode.l10n.t('Team'),
  };
  return labels[field];
}

export function directionWord(d: Direction): string {
  return d === 'higher'
    ? vscode.l10n.t('higher')
    : d === 'lower'
      ? vscode.l10n.t('lower')
      : vscode.l10n.t('about the same');
}

export function outcomeLines(outcomes: Partial<Record<Metric, Direction>> | undefined): string[] {
  return Object.entries(outcomes ?? {}).map(([m, d]) =>
    vscode.l10n.t('{0}: {1}', metricName(m as Metric), directionWord(d as Direction)),
  );
}

export function durationWords(d: DurationBucket): string {
  return d === '<1w'
    ? vscode.l10n.t('less than a week')
    : d === '1w'
      ? vscode.l10n.t('about a week')
      : d === '2w'
        ? vscode.l10n.t('about two weeks')
        : d === '3-4w'
          ? vscode.l10n.t('three to four weeks')
          : vscode.l10n.t('five weeks or more');
}

export function adherenceWords(a: AdherenceBucket): string {
  return a === 'most'
    ? vscode.l10n.t('kept to it on most days')
    : a === 'some'
      ? vscode.l10n.t('kept to it on some days')
      : vscode.l10n.t('kept to it on few days');
}

/** "Week 47, 2026". */
export function weekLabel(week: string): string {
  return vscode.l10n.t('Week {0}, {1}', Number(week.slice(6)), week.slice(0, 4));
}

/** A note's one-line title: its own title, else its template, else the start of its text. */
export function noteTitle(note: TeamNote): string {
  const t = note.text;
  if (t.title) return t.title;
  if (note.kind === 'question' && t.question) return t.question;
  if (note.kind === 'challenge' && t.challenge) return t.challenge;
  if (note.template && note.template !== 'custom') return templateTitle(note.template);
  return t.keep ?? t.tell ?? t.tried ?? t.changed ?? t.hypothesis ?? kindLabel(note.kind);
}

/** Localized problem texts of the share preview (the core names fields and limits in English). */
export function problemText(problem: string): string {
  const field = /^(\w+) is (empty|longer than (\d+) characters)$/.exec(problem);
  if (field) {
    const label = fieldLabel(field[1] as DraftField);
    return field[3]
      ? vscode.l10n.t('{0} is longer than {1} characters.', label, field[3])
      : vscode.l10n.t('{0} is empty.', label);
  }
  if (problem === 'there is nothing to share') return vscode.l10n.t('There is nothing to share yet.');
  if (problem.startsWith('at most')) return vscode.l10n.t('At most 8 tags.');
  if (problem.startsWith('a tag')) return vscode.l10n.t('A tag is longer than 32 characters.');
  return problem;
}

/** `.pacewise/README.md`, written once with the first shared note: what the folder is, for anyone who finds it. */
export const TEAM_README = `# .pacewise — team pacing notes

This folder holds notes shared with Pacewise, a VS Code extension for
sustainable pacing. Teammates read them in the "Team notes" view, annotate them with advice and adopt the
experiments they describe. There is no server: the notes travel with the repository, through your normal commits.

- \`notes/<id>.json\` — one file per note: a micro-lesson, an experiment report or a question for mentors.
- \`annotations/<note id>/<id>.json\` — one file per piece of advice on a note.
- \`ratings/<id>.json\` — one person's quarterly pacing rating: the quarter, and a colour and an arrow per dimension;
  no name, no date, no words. Git shows who commits it: commit the team's ratings together, or let one person do it.
- \`playbook.json\` (optional) — the team's own pacing questions and glossary terms.

**What a note holds.** Only what its author saw in a preview and chose to share: an ISO week (never a date or a
time), the experiment's template, its length in coarse buckets, outcome directions (higher / about the same / lower —
never scores), how closely it was kept (most / some / few days), and free text with emails, names, paths, links,
tokens, ticket ids and similar details replaced by placeholders. Notes carry no author name.

**What a note does not hide.** Git records who committed each file, and teammates may recognise a writing style, so
on a small team a note is de-identified, not anonymous.

**How notes are made.** Pacewise writes a file only when its author presses Share in the preview. It never commits:
the author reviews and commits the file like any other change. An edit is a new file that names the note it
replaces (\`supersedes\`), so teammates never meet merge conflicts.

**How to withdraw a note.** In the Team notes view, open your note and choose Withdraw: Pacewise deletes the file (and
your annotations). Commit that deletion. Copies remain in git history and in clones made before; removing those
needs a history rewrite by whoever administers the repository.

The format is documented in Pacewise's \`docs/team-notes-schema.md\`.
`;

/** What a Share that wrote its file says: where, and that git (the user) carries it, or that this is no repository. */
export function shareWrittenText(path: string, inGit: boolean | undefined): string {
  return inGit === false
    ? vscode.l10n.t('Pacewise wrote {0}. This folder is not a git repository, so no teammate receives it yet.', path)
    : vscode.l10n.t('Pacewise wrote {0}. Review and commit it like any other change; Pacewise never commits.', path);
}

/** Why a Share wrote nothing, and what to do. */
export function shareRefusedText(outcome: Exclude<ShareOutcome, { ok: true }>): string {
  switch (outcome.reason) {
    case 'stale':
      return vscode.l10n.t('The preview changed while you pressed Share. Look at it again, then press Share.');
    case 'problems':
      return vscode.l10n.t('The preview has problems to fix first; nothing was written.');
    case 'noFolder':
      return vscode.l10n.t('There is no team folder here (no trusted workspace folder); nothing was written.');
    case 'notFound':
      return vscode.l10n.t('That draft no longer exists; nothing was written.');
    default:
      return vscode.l10n.t(
        'Pacewise could not write the note ({0}). The draft is kept; try again.',
        inertText('error' in outcome ? outcome.error : ''),
      );
  }
}
