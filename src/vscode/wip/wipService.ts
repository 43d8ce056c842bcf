import { sanitizeText } from '../../core/commandArgs';
import * as vscode from 'vscode';
import { badArgument } from '../badArgument';
import { localDay } from '../../core/days';
import { applyWip, noteParallelWork, parseWipTitle, WipCommand, WipDoc, WipItem, WipRefusal } from '../../core/wip/wip';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { CommandId } from '../commandIds';
import { currentBranch } from '../git/gitBranch';
import { Disposable, disposing } from '../dispose';

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** The manual WIP list, shared by all windows through the store like the timer. */
export class WipService extends Disposable {
  private doc: WipDoc = { items: [] };
  private readonly changed = this._register(new vscode.EventEmitter<WipDoc>());
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;

  constructor(
    private readonly store: PacewiseStore,
    /** Called when the user moves from one unfinished item to another on the same day. */
    private readonly onContextSwitch: () => void = () => undefined,
  ) {
    super();
    this._register(disposing(store.watch(['wip'], () => void this.reload())));
    this.ready = this.reload();
  }

  get items(): WipDoc {
    return this.doc;
  }

  private async reload(): Promise<void> {
    try {
      this.doc = await this.store.read('wip');
      this.changed.fire(this.doc);
    } catch {
      // a read racing a recovery; the next change re-reads
    }
  }

  async run(cmd: WipCommand): Promise<WipRefusal | undefined> {
    await this.ready;
    const { result, doc } = await this.store.update('wip', (current) => {
      const r = applyWip(current, cmd, { now: Date.now(), newId, sameDay: (a, b) => localDay(a) === localDay(b) });
      return { doc: r.doc, changed: r.changed, result: r };
    });
    this.doc = doc;
    this.changed.fire(doc);
    if (result.contextSwitch) this.onContextSwitch();
    // Lead time outlives the list (done items leave it after 30 days); a repeat is skipped by id.
    if (result.finished) await this.store.appendHistory({ workItems: [result.finished] });
    return result.refusal;
  }

  /** Notes today's parallel work (from the git facts the sidebar read); writes only on a new daily high. */
  async noteParallelWork(parallel: number): Promise<void> {
    await this.ready;
    if (!noteParallelWork(this.doc, parallel, Date.now()).changed) return;
    const { doc, result } = await this.store.update('wip', (current) => {
      const r = noteParallelWork(current, parallel, Date.now());
      return { ...r, result: r.changed };
    });
    if (!result) return;
    this.doc = doc;
    this.changed.fire(doc);
  }
}

function idArg(arg: unknown): string | undefined | null {
  if (arg === undefined) return undefined;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { id?: unknown }).id === 'string')
    return (arg as { id: string }).id;
  return null;
}

/** Add / done / park / resume commands; each takes `{ id }` (or `{ title }` for add) or asks. */
export function registerWipCommands(wip: WipService): vscode.Disposable[] {
  const report = (refusal: WipRefusal | undefined) => {
    if (refusal === 'notFound')
      void vscode.window.showErrorMessage(
        vscode.l10n.t('That work item no longer exists (perhaps changed in another window).'),
      );
    return refusal === undefined;
  };
  const pick = async (status: WipItem['status'] | WipItem['status'][], placeHolder: string) => {
    await wip.ready;
    const wanted = Array.isArray(status) ? status : [status];
    const items = wip.items.items.filter((i) => wanted.includes(i.status));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No matching work items.'));
      return undefined;
    }
    const chosen = await vscode.window.showQuickPick(
      items.map((i) => ({ label: sanitizeText(i.title), description: i.branch && sanitizeText(i.branch), id: i.id })),
      { placeHolder },
    );
    return chosen?.id;
  };
  const byId = (
    command: string,
    type: 'done' | 'park' | 'resume' | 'workOn',
    from: WipItem['status'],
    placeHolder: () => string,
  ) =>
    vscode.commands.registerCommand(command, async (arg?: unknown) => {
      const given = idArg(arg);
      if (given === null) return badArgument(command, '{ "id": "…" }');
      const id = given ?? (await pick(from, placeHolder()));
      return id ? report(await wip.run({ type, id })) : false;
    });

  return [
    vscode.commands.registerCommand(CommandId.addWipItem, async (arg?: unknown) => {
      let title: string | undefined;
      if (arg !== undefined) {
        const parsed = parseWipTitle((arg as { title?: unknown } | null)?.title);
        if (!parsed.ok || typeof arg !== 'object' || Object.keys(arg as object).some((k) => k !== 'title')) {
          return badArgument(CommandId.addWipItem, '{ "title": "1–120 characters" }');
        }
        title = parsed.value;
      } else {
        const branch = currentBranch();
        const text = await vscode.window.showInputBox({
          title: vscode.l10n.t('Add work in progress'),
          prompt: branch
            ? vscode.l10n.t('It will be linked to the current branch, {0}.', branch)
            : vscode.l10n.t('What are you working on?'),
          validateInput: (v) =>
            v.trim() === '' || parseWipTitle(v).ok ? undefined : vscode.l10n.t('1 to 120 characters.'),
        });
        if (!text?.trim()) return false;
        const parsed = parseWipTitle(text);
        if (!parsed.ok) return false;
        title = parsed.value;
      }
      return report(await wip.run({ type: 'add', title, branch: currentBranch() }));
    }),
    // From the Work in Progress view's context menu (drag and drop's keyboard twin): `{ id }` only.
    ...(
      [
        [CommandId.moveWipItemUp, -1],
        [CommandId.moveWipItemDown, 1],
      ] as const
    ).map(([command, delta]) =>
      vscode.commands.registerCommand(command, async (arg?: unknown) => {
        const id = idArg(arg);
        if (typeof id !== 'string') return badArgument(command, '{ "id": "…" }');
        return report(await wip.run({ type: 'move', id, delta }));
      }),
    ),
    vscode.commands.registerCommand(CommandId.renameWipItem, async (arg?: unknown) => {
      const expected = '{ "id": "…", "title": "1–120 characters" }';
      const a = (typeof arg === 'object' && arg !== null ? arg : {}) as { id?: unknown; title?: unknown };
      const badShape =
        arg !== undefined &&
        (typeof arg !== 'object' ||
          arg === null ||
          typeof a.id !== 'string' ||
          Object.keys(a).some((k) => k !== 'id' && k !== 'title'));
      if (badShape) return badArgument(CommandId.renameWipItem, expected);
      let title: string | undefined;
      if (a.title !== undefined) {
        const parsed = parseWipTitle(a.title);
        if (!parsed.ok) return badArgument(CommandId.renameWipItem, expected);
        title = parsed.value;
      }
      await wip.ready;
      const id =
        (a.id as string | undefined) ?? (await pick(['active', 'parked'], vscode.l10n.t('Which item do you rename?')));
      if (!id) return false;
      if (title === undefined) {
        const item = wip.items.items.find((i) => i.id === id);
        if (!item) return report('notFound');
        const text = await vscode.window.showInputBox({
          title: vscode.l10n.t('Rename work item'),
          value: item.title,
          validateInput: (v) => (parseWipTitle(v).ok ? undefined : vscode.l10n.t('1 to 120 characters.')),
        });
        const parsed = parseWipTitle(text);
        if (text === undefined || !parsed.ok) return false;
        title = parsed.value;
      }
      return report(await wip.run({ type: 'rename', id, title }));
    }),
    byId(CommandId.workOnWipItem, 'workOn', 'active', () => vscode.l10n.t('Which item are you working on now?')),
    byId(CommandId.completeWipItem, 'done', 'active', () => vscode.l10n.t('Which item is done?')),
    byId(CommandId.parkWipItem, 'park', 'active', () => vscode.l10n.t('Which item do you set aside for now?')),
    byId(CommandId.resumeWipItem, 'resume', 'parked', () => vscode.l10n.t('Which parked item do you pick up again?')),
  ];
}
