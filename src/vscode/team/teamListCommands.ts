// The note lists' own commands: a row's (open, annotate, adopt, edit; a draft's continue and discard), shared by Team
// Notes and Notes Across Teams, and each title bar's search and filters. A row passes `{ id }`; anything else is
// refused with a clear message.
import * as vscode from 'vscode';
import { badArgument } from '../badArgument';
import { parseIdArg } from '../../core/commandArgs';
import { CommandId } from '../commandIds';
import { ID_PATTERN } from '../../shared/guards';
import type { NoteOp, Option, TeamFilterModel } from '../../shared/teamProtocol';
import { filterOptions } from './teamModel';
import { NO_FILTER, TeamView } from './teamView';

type Handler = (arg?: unknown) => Promise<boolean>;

/** A row's commands, the same in both places (a row passes the id of its note or draft). */
export type TeamRowCommand =
  | typeof CommandId.openTeamNote
  | typeof CommandId.annotateTeamNote
  | typeof CommandId.adoptTeamNote
  | typeof CommandId.editTeamNote
  | typeof CommandId.continueShareDraft
  | typeof CommandId.discardShareDraft;

/** One place's view, and the check that says what to do when its folder cannot be used. */
export interface ListPlace {
  view: TeamView;
  ready(): Promise<boolean>;
}

const MAX_QUERY = 200;
const GROUPS = ['kind', 'template', 'outcome'] as const;
type Group = (typeof GROUPS)[number];
interface FilterItem extends vscode.QuickPickItem {
  group: Group;
  value: string;
}

/** Row commands: the place whose list holds the id carries it out (team notes first, then notes across teams). */
export function rowCommands(places: readonly ListPlace[]): Record<TeamRowCommand, Handler> {
  const placeOf = async (kind: 'note' | 'draft', id: string): Promise<ListPlace | undefined> => {
    for (const place of places) if (await place.view.holds(kind, id)) return place;
    return undefined;
  };
  const onNote =
    (command: string, op: NoteOp): Handler =>
    async (arg) => {
      const id = parseIdArg(arg, ID_PATTERN);
      if (typeof id !== 'string') return badArgument(command, '{ "id": "…" } of a listed note');
      const place = await placeOf('note', id);
      // Held nowhere: the team place says first why its folder cannot be used, if it cannot.
      if (!(await (place ?? places[0]).ready())) return false;
      if (place && (await place.view.onNote(op, id))) return true;
      void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: that note is no longer in the team folder.'));
      return false;
    };
  const onDraft =
    (command: string, op: 'open' | 'discard'): Handler =>
    async (arg) => {
      const id = parseIdArg(arg, ID_PATTERN);
      if (typeof id !== 'string') return badArgument(command, '{ "id": "…" } of a draft');
      const place = await placeOf('draft', id);
      if (!(await (place ?? places[0]).ready())) return false;
      if (place && (await place.view.onDraft(op, id))) return true;
      void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: that draft is no longer on this machine.'));
      return false;
    };
  return {
    [CommandId.openTeamNote]: onNote(CommandId.openTeamNote, 'open'),
    [CommandId.annotateTeamNote]: onNote(CommandId.annotateTeamNote, 'annotate'),
    [CommandId.adoptTeamNote]: onNote(CommandId.adoptTeamNote, 'adopt'),
    [CommandId.editTeamNote]: onNote(CommandId.editTeamNote, 'edit'),
    [CommandId.continueShareDraft]: onDraft(CommandId.continueShareDraft, 'open'),
    [CommandId.discardShareDraft]: onDraft(CommandId.discardShareDraft, 'discard'),
  };
}

/** The titles a place's search and filter pickers carry. */
export interface ListTitles {
  search: string;
  filter: string;
}

/** A view's title bar: search, filters, clear. */
export function titleCommands(
  { view, ready }: ListPlace,
  titles: () => ListTitles,
): { search: Handler; filter: Handler; clear: Handler } {
  return {
    search: async () => {
      if (!(await ready())) return false;
      await view.show();
      return search(view, titles().search);
    },
    filter: async () => {
      if (!(await ready())) return false;
      await view.show();
      return pickFilters(view, titles().filter);
    },
    clear: async () => {
      view.setFilter(NO_FILTER);
      await view.show();
      return true;
    },
  };
}

/** The rows follow each word as it is typed; Enter keeps the search, Escape puts the previous one back. */
function search(view: TeamView, title: string): Promise<boolean> {
  const before = view.filter;
  const box = vscode.window.createInputBox();
  box.title = title;
  box.placeholder = vscode.l10n.t('Words, tags or an experiment');
  box.prompt = vscode.l10n.t('Every word must appear in the note, its tags or its experiment. Escape: no change.');
  box.value = before.query;
  box.valueSelection = [0, before.query.length];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let accepted = false;
  const apply = (query: string) => view.setFilter({ ...view.filter, query });
  return new Promise<boolean>((resolve) => {
    const held = vscode.Disposable.from(
      box,
      box.onDidChangeValue((value) => {
        if (timer) clearTimeout(timer);
        box.validationMessage =
          value.length > MAX_QUERY ? vscode.l10n.t('At most {0} characters.', MAX_QUERY) : undefined;
        if (value.length <= MAX_QUERY) timer = setTimeout(() => apply(value), 150);
      }),
      box.onDidAccept(() => {
        if (box.value.length > MAX_QUERY) return;
        accepted = true;
        apply(box.value);
        box.hide();
      }),
      box.onDidHide(() => {
        if (timer) clearTimeout(timer);
        if (!accepted) view.setFilter({ ...view.filter, query: before.query });
        held.dispose();
        void view.show();
        resolve(accepted);
      }),
    );
    box.show();
  });
}

/** One choice per group (checking a second kind unchecks the first); OK applies them, Escape changes nothing. */
function pickFilters(view: TeamView, title: string): Promise<boolean> {
  const options = filterOptions();
  const groups: Record<Group, { label: string; options: Option[] }> = {
    kind: { label: vscode.l10n.t('Kind'), options: options.kinds },
    template: { label: vscode.l10n.t('Experiment'), options: options.templates },
    outcome: { label: vscode.l10n.t('Outcome'), options: options.outcomes },
  };
  const items: (FilterItem | vscode.QuickPickItem)[] = [];
  for (const group of GROUPS) {
    items.push({ label: groups[group].label, kind: vscode.QuickPickItemKind.Separator });
    for (const o of groups[group].options) items.push({ label: o.label, group, value: o.value });
  }
  const isFilter = (i: vscode.QuickPickItem): i is FilterItem => 'group' in i;
  const current = view.filter;
  const pick = vscode.window.createQuickPick<FilterItem | vscode.QuickPickItem>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('One kind, one experiment, one outcome; none checked: all notes');
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.items = items;
  pick.selectedItems = items.filter((i) => isFilter(i) && current[i.group] === i.value);
  let previous = pick.selectedItems.filter(isFilter);
  return new Promise<boolean>((resolve) => {
    let accepted = false;
    const held = vscode.Disposable.from(
      pick,
      pick.onDidChangeSelection((selected) => {
        const now = selected.filter(isFilter);
        // A second choice in a group replaces the first: the filter holds one value per group.
        const one = GROUPS.flatMap((g) => {
          const inGroup = now.filter((i) => i.group === g);
          const fresh = inGroup.filter((i) => !previous.includes(i));
          return (fresh.length ? fresh : inGroup).slice(-1);
        });
        previous = one;
        if (one.length !== now.length) pick.selectedItems = one;
      }),
      pick.onDidAccept(() => {
        accepted = true;
        const next: TeamFilterModel = { ...view.filter, kind: '', template: '', outcome: '' };
        for (const i of previous) next[i.group] = i.value;
        view.setFilter(next);
        pick.hide();
      }),
      pick.onDidHide(() => {
        held.dispose();
        void view.show();
        resolve(accepted);
      }),
    );
    pick.show();
  });
}
