// A review meeting as Markdown, in its page's six steps and words (reviewPage.ts, retroPage.ts): only what the page
// may show — distributions from at least the minimum group, a vote only as the review file keeps it — and every line
// escaped, so teammates' and other teams' words (actions, note titles, team names) stay text.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/format';
import { inertText } from '../../core/inertText';
import type { ReviewPageModel, ReviewTable } from '../../shared/reviewProtocol';
import type { Unreadable } from '../team/teamFolder';
import { reviewPageModel } from './reviewPage';
import type { ReviewMeeting } from './reviewService';

const esc = (s: string) => escapeMarkdown(inertText(s));

function table(t: ReviewTable): string[] {
  const row = (cells: string[]) => `| ${cells.map(esc).join(' | ')} |`;
  return [row(t.columns), `|${' --- |'.repeat(t.columns.length)}`, ...t.rows.map(row)];
}

/** The page's model as a document; `more` goes before the list of files not read. */
export function meetingMarkdown(m: ReviewPageModel, notRead: readonly Unreadable[], more: string[] = []): string {
  const out = [`# ${esc(m.title)}`, '', esc(m.intro)];
  const heading = (text: string, level = '##') => out.push('', `${level} ${esc(text)}`, '');
  const list = (l: { items: { text: string; meta?: string }[]; empty: string }) =>
    out.push(
      ...(l.items.length ? l.items.map((i) => `- ${esc(i.meta ? `${i.text} · ${i.meta}` : i.text)}`) : [esc(l.empty)]),
    );

  heading(m.lastActions.heading);
  list(m.lastActions);
  heading(m.ratings.heading);
  out.push(esc(m.ratings.summary));
  if (m.ratings.table) out.push('', ...table(m.ratings.table));
  for (const t of m.ratings.teams ?? []) {
    heading(t.name, '###');
    out.push(esc(t.summary), ...(t.table ? ['', ...table(t.table)] : []));
  }
  heading(m.tried.heading);
  list(m.tried);
  heading(m.proposals.heading);
  list(m.proposals);
  heading(m.actions.heading);
  out.push(
    ...(m.actions.saved.length
      ? m.actions.saved.map((a, i) => `${i + 1}. ${esc(a)}`)
      : [vscode.l10n.t('None saved yet.')]),
  );
  heading(m.vote.heading);
  out.push(m.vote.saved ? esc(m.vote.saved) : vscode.l10n.t('No vote saved.'));
  if (more.length) out.push('', ...more);
  if (notRead.length)
    out.push(
      '',
      vscode.l10n.t('Files not read: {0}', notRead.map((u) => `${code(u.path)} (${code(u.problem)})`).join(', ')),
    );
  return `${out.join('\n')}\n`;
}

export const reviewMarkdown = (m: ReviewMeeting): string =>
  meetingMarkdown(reviewPageModel(m), [...m.unreadable, ...m.reviewUnreadable]);

/** A file's name or problem (written by whoever wrote the file) as a code span: shown, never rendered. */
export const code = (s: string) => `\`${inertText(s).replace(/[`\r\n]/g, ' ')}\``;
