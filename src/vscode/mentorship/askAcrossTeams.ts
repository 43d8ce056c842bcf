// Ask Mentors in Other Teams…: a topic and a question, de-identified by the same anonymizer as a team note (names,
// emails, branches and repositories of this workspace's repository replaced), previewed as the exact file, and
// written to the space's .pacewise/notes/ with no author. Mentors who offer the topic see it under "For you".
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sanitizeText } from '../../core/commandArgs';
import { MAX_DRAFT_TAG, previewDraft } from '../../core/team/shareDraft';
import { MAX_NOTE_TEXT } from '../../core/team/teamNote';
import { spaceQuestionDraft } from '../../core/mentorship/spaceQuestions';
import { PACING_TOPICS } from '../../core/mentorship/topics';
import { writeNewFile } from '../../storage/mentorshipSpace';
import { knownIdentifiers } from '../team/teamIdentity';
import type { MentorshipService } from './mentorshipService';
import { topicName } from './mentorshipText';

async function pickTopic(): Promise<string | undefined> {
  const other = { label: vscode.l10n.t('Another topic…'), id: '' };
  const picked = await vscode.window.showQuickPick(
    [...PACING_TOPICS.map((t) => ({ label: topicName(t), id: t })), other],
    {
      title: vscode.l10n.t('Ask mentors in other teams (1/2): the topic'),
      placeHolder: vscode.l10n.t('Mentors who offer it will see your question'),
      ignoreFocusOut: true,
    },
  );
  if (!picked || picked.id) return picked?.id;
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Ask mentors in other teams (1/2): the topic'),
    prompt: vscode.l10n.t('The topic in a few words'),
    ignoreFocusOut: true,
    validateInput: (v) =>
      sanitizeText(v).trim() && Array.from(v.trim()).length <= MAX_DRAFT_TAG
        ? undefined
        : vscode.l10n.t('1 to {0} characters.', MAX_DRAFT_TAG),
  });
  return typed === undefined ? undefined : sanitizeText(typed).trim();
}

export async function askAcrossTeams(service: MentorshipService): Promise<boolean> {
  const s = service.state;
  if (s.kind !== 'ready') return false;
  const topic = await pickTopic();
  if (!topic) return false;
  const text = await vscode.window.showInputBox({
    title: vscode.l10n.t('Ask mentors in other teams (2/2): your question'),
    prompt: vscode.l10n.t('Names, emails, branches and repository names are replaced before anything is written.'),
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() && Array.from(v).length <= MAX_NOTE_TEXT
        ? undefined
        : vscode.l10n.t('1 to {0} characters.', MAX_NOTE_TEXT),
  });
  if (!text?.trim()) return false;
  const draft = spaceQuestionDraft(crypto.randomUUID(), service.thisWeek(), Date.now(), topic, text.trim());
  // What identifies this team is in the workspace's repository: its people, branches and names.
  const known = await knownIdentifiers(vscode.workspace.workspaceFolders?.[0]?.uri);
  const preview = previewDraft(draft, known);
  if (preview.problems.length) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The question cannot be written: {0}.', preview.problems.join('; ')),
    );
    return false;
  }
  const write = vscode.l10n.t('Write Question');
  const replaced = preview.findings
    ? vscode.l10n.t(
        'Replaced before writing: {0}. If that changes what you mean, cancel and say it another way.',
        preview.fields
          .flatMap((f) => f.segments)
          .flatMap((x) => ('kind' in x ? [`${x.original} → ${x.text}`] : []))
          .join(', '),
      )
    : vscode.l10n.t('Nothing identifying was found in it.');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('Ask mentors in other teams about {0}?', topicName(topic)),
    {
      modal: true,
      detail: `${preview.path}\n\n${preview.fileText}\n${replaced}\n\n${vscode.l10n.t(
        'The file names no one. Pacewise writes it; you commit and push it. Git records who commits it and when.',
      )}`,
    },
    write,
  );
  if (answer !== write) return false;
  const result = await writeNewFile(path.join(s.root, ...preview.path.split('/')), preview.fileText);
  if (result === 'exists') return false;
  await service.reload();
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Question written to the mentorship space. Commit and push it; mentors who offer {0} will see it.',
      topicName(topic),
    ),
  );
  return true;
}
