// Export My Mentoring Record: the user's own record as Markdown in an untitled document, read before it is saved or
// shown to anyone. Participants' handles and topics are escaped so they stay text.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { escapeMarkdown as esc } from '../../core/format';
import { mentoringRecord, RecordEntry } from '../../core/mentorship/mentoringRecord';
import type { MentorProfile } from '../../core/mentorship/profile';
import type { CheckInService } from './checkInService';
import type { MentorshipService } from './mentorshipService';
import { formatDate, pairReason, topicName } from './mentorshipText';

/** The record as Markdown, in the display language. */
export function recordMarkdown(
  own: MentorProfile | undefined,
  spaceName: string,
  entries: readonly RecordEntry[],
  today: string,
): string {
  const out = [`# ${vscode.l10n.t('My mentoring record')}`, ''];
  out.push(
    own
      ? vscode.l10n.t('{0} ({1}), mentorship space “{2}”, {3}.', esc(own.handle), esc(own.team), esc(spaceName), today)
      : vscode.l10n.t('Mentorship space “{0}”, {1}.', esc(spaceName), today),
    '',
    vscode.l10n.t(
      'Made from your own files only: your profile, the rounds that paired you, and the notes you kept after check-ins on this machine. Nobody else’s record is computed, and nothing here compares you with anyone.',
    ),
    '',
  );
  const topics = (ids: readonly string[]) => ids.map((t) => esc(topicName(t))).join(', ');
  if (own?.offers.length) out.push(`- ${vscode.l10n.t('Topics you offer: {0}', topics(own.offers))}`);
  if (own?.wants.length) out.push(`- ${vscode.l10n.t('Topics you asked for help with: {0}', topics(own.wants))}`);
  if (own?.offers.length || own?.wants.length) out.push('');
  const mentored = entries.filter((e) => e.role === 'mentor');
  const mentee = entries.filter((e) => e.role === 'mentee');
  const section = (title: string, list: readonly RecordEntry[]) => {
    if (!list.length) return;
    out.push(`## ${title}`, '');
    for (const e of list) {
      const who = `${esc(e.partnerHandle)} (${esc(e.partnerTeam)})`;
      out.push(`### ${vscode.l10n.t('Round {0}: {1}', e.round, who)}`, '');
      if (e.topics.length) out.push(vscode.l10n.t('Topic: {0}.', topics(e.topics)));
      if (e.pair) out.push(vscode.l10n.t('Why this pair: {0}.', esc(pairReason(e.pair))));
      if (e.notes.length) {
        out.push('', vscode.l10n.t('Your notes after check-ins:'), '');
        // A note may have several lines: each stays inside its list item.
        for (const n of e.notes) out.push(`- ${formatDate(n.heldOn)}: ${esc(n.note).split('\n').join('\n  ')}`);
      }
      out.push('');
    }
  };
  section(vscode.l10n.t('Rounds you mentored'), mentored);
  section(vscode.l10n.t('Rounds you were mentored'), mentee);
  if (!entries.length) out.push(vscode.l10n.t('No round has paired you yet.'), '');
  return `${out.join('\n').trimEnd()}\n`;
}

export async function exportRecord(service: MentorshipService, checkIns: CheckInService): Promise<boolean> {
  await checkIns.ready();
  if (service.state.kind !== 'ready') await service.reload();
  const s = service.state;
  if (s.kind !== 'ready') return false;
  const own = service.own();
  const teamOf = (id: string) => s.space.profiles.find((p) => p.id === id)?.team;
  const entries = mentoringRecord(own?.id, s.root, s.space.rounds, checkIns.local.checkIns, teamOf);
  if (!own && !entries.length) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no mentoring record of yours in this space on this machine yet.'),
    );
    return false;
  }
  const doc = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: recordMarkdown(own, path.basename(s.root), entries, service.today()),
  });
  await vscode.window.showTextDocument(doc);
  return true;
}
