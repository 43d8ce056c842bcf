// Office hours from the palette and the view: show them, prepare the team's pacing challenge (drafted from what the
// team already shared, written to the space through the share preview), and after the meeting draft a micro-lesson.
import * as vscode from 'vscode';
import { isWeek } from '../../core/mentorship/calendarWeeks';
import { challengeDraft } from '../../core/team/draftSources';
import { challengeMaterial, officeHoursLessonDraft } from '../../core/rituals/challenge';
import { OfficeHoursNow, TeamMeeting } from '../../core/rituals/officeHoursNow';
import { isPlainObject } from '../../shared/guards';
import { badArgument } from '../badArgument';
import { CommandId, RITUALS_VIEW_ID } from '../commandIds';
import { templateTitle } from '../experiments/experimentText';
import type { CommandHandler } from '../featureServices';
import { needSpace } from '../mentorship/mentoringCommands';
import type { MentorshipService } from '../mentorship/mentorshipService';
import { readyCheck } from '../team/teamCommands';
import type { TeamFeature } from '../team/teamFeature';
import { noteTitle } from '../team/teamText';

export type OfficeHoursCommand =
  typeof CommandId.showOfficeHours | typeof CommandId.prepareOfficeHours | typeof CommandId.draftOfficeHoursLesson;

/** A meeting's row in the view: `thisWeek:2026-W50`, `next:…`, `last:…`. */
const MEETING_ROW = /^(?:thisWeek|next|last):(\d{4}-W\d{2})$/;

/** `undefined`, `{ week: "2026-W50" }` or a meeting's row (its context menu); false when it is none of them. */
function weekArg(arg: unknown): string | undefined | false {
  if (arg === undefined) return undefined;
  if (!isPlainObject(arg) || Object.keys(arg).length !== 1) return false;
  const week = typeof arg.id === 'string' ? MEETING_ROW.exec(arg.id)?.[1] : arg.week;
  return isWeek(week) ? week : false;
}

export function officeHoursCommands(
  service: MentorshipService,
  team: () => TeamFeature,
  now: () => OfficeHoursNow,
): Record<OfficeHoursCommand, CommandHandler> {
  /** The meeting a command is about: the week asked for, else the first of `order` that exists. */
  const meeting = async (
    command: string,
    arg: unknown,
    order: ('thisWeek' | 'next' | 'last')[],
  ): Promise<TeamMeeting | undefined | false> => {
    const week = weekArg(arg);
    if (week === false) return badArgument(command, '{ "week": "2026-W50" } or nothing');
    if (!(await needSpace(service))) return false;
    const oh = now();
    if (oh.kind === 'notSetUp') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'The charter sets up no office hours yet: add "officeHours" (the teams, how often, the first week) to charter.json.',
        ),
      );
      return false;
    }
    if (oh.kind === 'problems') {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The charter’s office hours have problems: {0}', oh.problems.join('; ')),
      );
      return false;
    }
    if (!oh.joined) {
      const join = vscode.l10n.t('Join Mentoring…');
      // Not awaited: the command is done (nothing drafted) whether or not the message is answered.
      void vscode.window
        .showInformationMessage(
          vscode.l10n.t('Office hours are per team: join the space, with your team, first.'),
          join,
        )
        .then((pick) => pick === join && vscode.commands.executeCommand(CommandId.joinMentoring));
      return false;
    }
    const found = week
      ? [oh.thisWeek, oh.next, oh.last].find((m) => m?.week === week)
      : order.map((k) => oh[k]).find((m) => m !== undefined);
    if (!found)
      void vscode.window.showInformationMessage(
        oh.unlisted
          ? vscode.l10n.t('Your team “{0}” is not in the charter’s office hours.', oh.unlisted)
          : week
            ? vscode.l10n.t('Your team has no office hours in week {0}.', week)
            : vscode.l10n.t('Your team has no office hours coming up.'),
      );
    return found;
  };

  const openDraft = async (build: (t: TeamFeature) => Promise<string>): Promise<boolean> => {
    const t = team();
    if (!(await readyCheck(t.space.service)())) return false;
    await t.space.view.showDraft(await build(t));
    return true;
  };

  return {
    [CommandId.showOfficeHours]: async () => {
      await vscode.commands.executeCommand(`${RITUALS_VIEW_ID}.focus`);
      return true;
    },
    [CommandId.prepareOfficeHours]: async (arg) => {
      const m = await meeting(CommandId.prepareOfficeHours, arg, ['thisWeek', 'next']);
      if (!m) return false;
      return openDraft(async (t) => {
        const fields = await challengeWords(t, m);
        const draft = await t.space.service.draftOf({ kind: 'challenge', week: m.week, with: m.other }, () =>
          challengeDraft(crypto.randomUUID(), { week: m.week, team: m.team, with: m.other }, fields, Date.now()),
        );
        return draft.id;
      });
    },
    [CommandId.draftOfficeHoursLesson]: async (arg) => {
      const m = await meeting(CommandId.draftOfficeHoursLesson, arg, ['thisWeek', 'last']);
      if (!m) return false;
      return openDraft(async (t) => {
        const words = {
          title: vscode.l10n.t('After office hours with {0}', m.other),
          tried: m.ours[0]?.text.challenge ?? '',
          tell: '',
        };
        const draft = await t.space.service.draftOf({ kind: 'afterOfficeHours', week: m.week, with: m.other }, () =>
          officeHoursLessonDraft(crypto.randomUUID(), { week: m.week, team: m.team, with: m.other }, words, Date.now()),
        );
        return draft.id;
      });
    },
  };
}

/**
 * The challenge's first words, from the team folder of this workspace: the experiments the team tried lately (by
 * template only) and the user's own lessons and questions. Nothing when the workspace has no team folder.
 */
async function challengeWords(t: TeamFeature, m: TeamMeeting): Promise<Record<string, string>> {
  await t.service.start();
  if (t.service.state !== 'ready') return {};
  const material = challengeMaterial(
    t.service.board.notes.map((e) => e.note),
    t.service.own,
    m.week,
  );
  const bullet = (lines: string[]) => lines.map((l) => `• ${l}`).join('\n');
  const tried = [
    material.templates.length
      ? vscode.l10n.t(
          'Experiments the team tried lately: {0}',
          material.templates.map((id) => templateTitle(id)).join(', '),
        )
      : '',
    bullet(material.ownLessons.map((n) => [noteTitle(n), n.text.keep ?? n.text.changed].filter(Boolean).join(': '))),
  ].filter(Boolean);
  return {
    ...(material.ownQuestions.length
      ? { challenge: bullet(material.ownQuestions.map((n) => n.text.question ?? noteTitle(n))) }
      : {}),
    ...(tried.length ? { tried: tried.join('\n') } : {}),
  };
}
