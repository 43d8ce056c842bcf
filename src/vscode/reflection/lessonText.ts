import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/format';
import { JournalDoc, LessonDraft } from '../../core/reflection/journal';
import { ExperimentsDoc } from '../../core/experiments/experiments';
import { LessonsModel } from '../../shared/protocol';
import { templateTitle } from '../experiments/experimentText';

/** Where a lesson came from, in words: "Weekly reflection, week 48" or "Experiment: Limit WIP to 2". */
export function lessonSource(l: LessonDraft, experiments: ExperimentsDoc): string {
  if (l.source.kind === 'reflection')
    return vscode.l10n.t('Weekly reflection, week {0}', Number(l.source.week.slice(6)));
  const id = l.source.experimentId;
  const e = experiments.experiments.find((x) => x.id === id);
  return vscode.l10n.t('Experiment: {0}', e ? templateTitle(e.template, e) : vscode.l10n.t('(removed)'));
}

/** A lesson's one-line title: the first thing written in it. */
export function lessonTitle(l: LessonDraft): string {
  const first = [l.keep, l.tried, l.changed, l.tell].find((t) => t.trim() !== '');
  return first ?? vscode.l10n.t('(empty draft)');
}

/** Every lesson, newest first, and the one being edited. */
export function lessonsModel(journal: JournalDoc, experiments: ExperimentsDoc, editingId?: string): LessonsModel {
  const lessons = [...journal.lessons].sort((a, b) => b.createdAt - a.createdAt);
  const editing = lessons.find((l) => l.id === editingId);
  return {
    editing: editing && {
      id: editing.id,
      tried: editing.tried,
      changed: editing.changed,
      keep: editing.keep,
      tell: editing.tell,
      tags: editing.tags.join(', '),
      source: lessonSource(editing, experiments),
    },
    list: lessons.map((l) => ({ id: l.id, title: lessonTitle(l), source: lessonSource(l, experiments) })),
  };
}

/**
 * Lessons as Markdown (the export, and a section of the period summary), newest first; `level` is the heading level
 * of the document title.
 */
export function lessonsMarkdown(journal: JournalDoc, experiments: ExperimentsDoc, level = 1): string {
  const esc = escapeMarkdown;
  const out = [`${'#'.repeat(level)} ${vscode.l10n.t('Pacewise micro-lessons')}`, ''];
  for (const l of [...journal.lessons].sort((a, b) => b.createdAt - a.createdAt)) {
    out.push(`${'#'.repeat(level + 1)} ${esc(lessonSource(l, experiments))}`, '');
    for (const [label, value] of [
      [vscode.l10n.t('What I tried, or will try'), l.tried],
      [vscode.l10n.t('What changed'), l.changed],
      [vscode.l10n.t('What I will keep'), l.keep],
      [vscode.l10n.t('What I would tell a teammate'), l.tell],
    ] as const) {
      if (value) out.push(`**${label}:** ${esc(value)}`, '');
    }
    if (l.tags.length) out.push(`${vscode.l10n.t('Tags')}: ${l.tags.map(esc).join(', ')}`, '');
  }
  return out.join('\n');
}
