import * as vscode from 'vscode';
import { badArgument } from '../badArgument';
import { parseIdArg, sanitizeText } from '../../core/commandArgs';
import { isUuid } from '../../core/team/teamRecord';
import { CommandId } from '../commandIds';
import { ExperimentService } from '../experiments/experimentService';
import { templateTitle } from '../experiments/experimentText';
import { lessonsModel } from '../reflection/lessonText';
import { ReflectionService } from '../reflection/reflectionService';
import { TeamService } from './teamService';
import { noteTitle, weekLabel } from './teamText';
import { TeamView } from './teamView';
import { ListPlace, titleCommands } from './teamListCommands';
import { ID_PATTERN } from '../../shared/guards';

type Handler = (arg?: unknown) => Promise<boolean>;

const ID = ID_PATTERN;

/** What a place's folder needs (a trusted workspace with a folder; a connected space); says what to do otherwise. */
export function readyCheck(team: TeamService): () => Promise<boolean> {
  return async () => {
    await team.start();
    if (team.state === 'ready') return true;
    if (team.place.kind === 'space') {
      const connect = vscode.l10n.t('Connect Mentorship Space…');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t('Notes across teams live in the mentorship space. Connect your clone of it first.'),
        connect,
      );
      if (pick === connect) await vscode.commands.executeCommand(CommandId.connectMentorshipSpace);
    } else if (team.state === 'untrusted') {
      const trust = vscode.l10n.t('Manage Workspace Trust');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Team notes live in the repository, so Pacewise shares and reads them only in a trusted workspace.',
        ),
        trust,
      );
      if (pick === trust) await vscode.commands.executeCommand('workbench.trust.manage');
    } else {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Open a folder or repository to share team notes there.'),
      );
    }
    return false;
  };
}

/** Share a micro-lesson or an experiment report to one place: pick one when no id is given, then its preview. */
export function shareCommands(
  team: TeamService,
  view: TeamView,
  reflections: ReflectionService,
  experiments: ExperimentService,
  ready: () => Promise<boolean>,
  commands: { lesson: string; experiment: string },
): { lesson: Handler; experiment: Handler } {
  const invalid = (command: string) => badArgument(command, '{ "id": "…" }');
  return {
    lesson: async (arg) => {
      let id = parseIdArg(arg, ID);
      if (id === false) return invalid(commands.lesson);
      if (!(await ready())) return false;
      await reflections.start();
      if (id === undefined) {
        const list = lessonsModel(reflections.doc, experiments.doc).list;
        if (!list.length) {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('No micro-lessons yet. Conclude an experiment or reflect on your week to draft one.'),
          );
          return false;
        }
        const pick = await vscode.window.showQuickPick(
          // Quick picks render $(icon) in labels and descriptions: the user's words go through sanitizeText.
          list.map((l) => ({ label: sanitizeText(l.title), description: sanitizeText(l.source), id: l.id })),
          { title: vscode.l10n.t('Share a micro-lesson'), placeHolder: vscode.l10n.t('Which lesson?') },
        );
        if (!pick) return false;
        id = pick.id;
      }
      const draft = await team.draftLesson(id);
      if (!draft) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: that micro-lesson no longer exists.'));
        return false;
      }
      await view.showDraft(draft.id);
      return true;
    },
    experiment: async (arg) => {
      let id = parseIdArg(arg, ID);
      if (id === false) return invalid(commands.experiment);
      if (!(await ready())) return false;
      await experiments.ready;
      if (id === undefined) {
        const past = experiments.doc.experiments.filter((e) => e.status === 'concluded' || e.status === 'abandoned');
        if (!past.length) {
          void vscode.window.showInformationMessage(
            vscode.l10n.t('No finished experiments yet. Share a report once an experiment is concluded.'),
          );
          return false;
        }
        const pick = await vscode.window.showQuickPick(
          past.map((e) => ({
            label: sanitizeText(templateTitle(e.template, e)),
            description: sanitizeText(e.hypothesis),
            id: e.id,
          })),
          { title: vscode.l10n.t('Share an experiment report'), placeHolder: vscode.l10n.t('Which experiment?') },
        );
        if (!pick) return false;
        id = pick.id;
      }
      const draft = await team.draftExperiment(id);
      if (!draft) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: only a finished experiment can be reported.'));
        return false;
      }
      await view.showDraft(draft.id);
      return true;
    },
  };
}

/** Share Micro-Lesson, Share Experiment Report, Ask Mentors, Show Team Notes, search and filters — palette and sidebar. */
export function teamCommands(
  team: TeamService,
  view: TeamView,
  reflections: ReflectionService,
  experiments: ExperimentService,
  /** Whether the user's settings name a mentorship space (a question can then go to other teams). */
  mentorshipSpaceSet: () => boolean = () => false,
): Record<
  | typeof CommandId.showTeamNotes
  | typeof CommandId.shareLesson
  | typeof CommandId.shareExperiment
  | typeof CommandId.askMentors
  | typeof CommandId.readTeamNotes
  | typeof CommandId.searchTeamNotes
  | typeof CommandId.filterTeamNotes
  | typeof CommandId.clearTeamNotesFilter,
  Handler
> {
  const ready = readyCheck(team);
  const share = shareCommands(team, view, reflections, experiments, ready, {
    lesson: CommandId.shareLesson,
    experiment: CommandId.shareExperiment,
  });
  const title = titleCommands({ view, ready }, () => ({
    search: vscode.l10n.t('Search Team Notes'),
    filter: vscode.l10n.t('Filter Team Notes'),
  }));
  return {
    [CommandId.searchTeamNotes]: title.search,
    [CommandId.filterTeamNotes]: title.filter,
    [CommandId.clearTeamNotesFilter]: title.clear,
    [CommandId.showTeamNotes]: async () => {
      await view.show();
      return true;
    },
    [CommandId.shareLesson]: share.lesson,
    [CommandId.shareExperiment]: share.experiment,
    // In the view's title bar: files a pull brought are seen within seconds anyway; this is for when a watcher is not.
    [CommandId.readTeamNotes]: async () => {
      if (!(await ready())) return false;
      await team.load();
      return true;
    },
    [CommandId.askMentors]: async () => {
      if (mentorshipSpaceSet()) {
        const pick = await vscode.window.showQuickPick(
          [
            {
              label: vscode.l10n.t('Your team'),
              description: vscode.l10n.t('a note in this repository'),
              space: false,
            },
            {
              label: vscode.l10n.t('Mentors in other teams'),
              description: vscode.l10n.t('the mentorship space, by topic'),
              space: true,
            },
          ],
          { title: vscode.l10n.t('Ask mentors a question: who should see it?') },
        );
        if (!pick) return false;
        if (pick.space) return (await vscode.commands.executeCommand(CommandId.askMentorsAcrossTeams)) === true;
      }
      if (!(await ready())) return false;
      await view.showDraft((await team.draftQuestion()).id);
      return true;
    },
  };
}

/** Withdraw: one of this user's notes, in the team's folder or in the space (the place that lists it). */
export function withdrawCommand(places: readonly (ListPlace & { team: TeamService })[]): Handler {
  return async (arg) => {
    let id = parseIdArg(arg, /^[0-9a-f-]{36}$/);
    if (id === false || (id !== undefined && !isUuid(id))) return badArgument(CommandId.withdrawNote, '{ "id": "…" }');
    if (id !== undefined) {
      const place = (await firstHolding(places, id)) ?? places[0];
      return (await place.ready()) && place.view.withdraw(id);
    }
    for (const p of places) await p.team.start();
    const mine = places.flatMap((p) => {
      const own = p.team.own;
      return p.team.board.notes.filter((n) => own.has(n.note.id)).map((n) => ({ p, n }));
    });
    if (!mine.length) {
      if (places[0].team.state !== 'ready') return places[0].ready();
      void vscode.window.showInformationMessage(vscode.l10n.t('You have not shared any notes in this workspace.'));
      return false;
    }
    const pick = await vscode.window.showQuickPick(
      // Labels render $(icon) syntax: the note's words go through sanitizeText first.
      mine.map(({ p, n }) => ({
        label: sanitizeText(noteTitle(n.note)),
        description:
          p.team.place.kind === 'space'
            ? vscode.l10n.t('{0} · across teams', weekLabel(n.note.week))
            : weekLabel(n.note.week),
        id: n.note.id,
        view: p.view,
      })),
      { title: vscode.l10n.t('Withdraw a note'), placeHolder: vscode.l10n.t('Which of your notes?') },
    );
    if (!pick) return false;
    id = pick.id;
    return pick.view.withdraw(id);
  };
}

async function firstHolding(places: readonly ListPlace[], id: string): Promise<ListPlace | undefined> {
  for (const p of places) if (await p.view.holds('note', id)) return p;
  return undefined;
}
