import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { Parsed } from '../../core/commandArgs';
import {
  answeredWeeks,
  applyJournal,
  JournalCommand,
  JournalDoc,
  JournalRefusal,
  parseLessonText,
  parseReflectionAnswers,
} from '../../core/reflection/journal';
import { emptyHistory, HistoryAppend, TimerDoc } from '../../core/types';
import { isoWeek, localWeekRange, reflectionDue, weekFacts, weekStartOf } from '../../core/reflection/weekly';
import { ReflectionModel } from '../../shared/protocol';
import { PacewiseStore } from '../../storage/pacewiseStore';
import { weekFactRows, weekTitle } from './reflectionText';
import { SettingsReader } from '../settingsReader';
import { WipService } from '../wip/wipService';
import { CommandId } from '../commandIds';
import { Disposable, disposing } from '../dispose';

/**
 * The weekly reflection and its micro-lesson drafts (`journal.json`, shared by all windows). Nothing is read until the
 * sidebar first opens; then this week's history is kept in memory so the facts follow every session and check-in.
 */
export class ReflectionService extends Disposable {
  private journal: JournalDoc = { reflections: [], lessons: [] };
  private weekHistory: HistoryAppend = emptyHistory();
  private loadedWeek: string | undefined;
  /** The week whose form the user opened without it being due. */
  private openWeek: string | undefined;
  private started: Promise<void> | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly store: PacewiseStore,
    private readonly wip: WipService,
    private readonly settings: SettingsReader,
    private readonly timer: () => TimerDoc,
  ) {
    super();
  }

  /** Reads the journal and this week's history, then follows changes from any window. */
  start(): Promise<void> {
    this.started ??= (async () => {
      this._register(disposing(this.store.watch(['journal', 'history'], () => void this.reload())));
      await this.reload();
    })();
    return this.started;
  }

  private async reload(): Promise<void> {
    try {
      const now = Date.now();
      const [from, to] = localWeekRange(now);
      const [journal, history] = await Promise.all([this.store.read('journal'), this.store.readHistory(from, to)]);
      this.journal = journal;
      this.weekHistory = history;
      this.loadedWeek = isoWeek(now);
      this.changed.fire();
    } catch {
      // a read racing a recovery; the next change re-reads
    }
  }

  get doc(): JournalDoc {
    return this.journal;
  }

  /** What the sidebar shows for the week containing `now`. */
  model(now: number): ReflectionModel {
    const week = isoWeek(now);
    // Monday came while the sidebar stayed open: read the new week (the old facts show until then).
    if (this.started && this.loadedWeek !== undefined && this.loadedWeek !== week) {
      this.loadedWeek = week;
      void this.reload();
    }
    const record = this.journal.reflections.find((r) => r.week === week);
    const due = reflectionDue(now, this.settings.settings.reflectionDay, answeredWeeks(this.journal));
    const lesson = this.journal.lessons.find((l) => l.source.kind === 'reflection' && l.source.week === week);
    const monday = localWeekRange(now)[0];
    return {
      week,
      title: weekTitle(week, monday),
      due,
      open: this.openWeek === week,
      facts: weekFactRows(weekFacts(this.weekHistory, this.timer(), this.wip.items, now)),
      saved: record?.status === 'saved' ? record.answers : undefined,
      lessonId: lesson?.id,
    };
  }

  /** The micro-lesson open in the sidebar's editor, if any. */
  editingLessonId: string | undefined;

  /** Opens a lesson in the sidebar's editor (undefined closes it). */
  editLesson(id: string | undefined): void {
    this.editingLessonId = id;
    void this.start().then(() => this.changed.fire());
  }

  /** Opens or closes the form of `week` (closing a due week's form does not decline it). */
  setOpen(week: string, open: boolean): void {
    this.openWeek = open ? week : undefined;
    void this.start().then(() => this.changed.fire());
  }

  /** Saves answers for `week` with the week's facts as they are now. */
  async save(week: string, raw: unknown): Promise<Parsed<void>> {
    const answers = parseReflectionAnswers(raw);
    if (!answers.ok) return answers;
    const monday = weekStartOf(week);
    if (monday === undefined) return { ok: false, problem: `${week} is not a week` };
    await this.start();
    const now = Date.now();
    const inWeek = Math.min(now, localWeekRange(monday)[1] - 1);
    const history =
      isoWeek(now) === week ? this.weekHistory : await this.store.readHistory(monday, localWeekRange(monday)[1]);
    const facts = weekFacts(history, this.timer(), this.wip.items, inWeek);
    await this.run({ type: 'saveReflection', week, answers: answers.value, facts });
    if (this.openWeek === week) this.openWeek = undefined;
    return { ok: true, value: undefined };
  }

  /** Saves the edited text of a micro-lesson draft. */
  async saveLesson(id: string, raw: unknown): Promise<Parsed<JournalRefusal | undefined>> {
    const text = parseLessonText(raw);
    if (!text.ok) return text;
    return { ok: true, value: (await this.run({ type: 'saveLesson', id, text: text.value })).refusal };
  }

  async run(cmd: JournalCommand): Promise<{ refusal?: JournalRefusal; lessonId?: string }> {
    await this.start();
    const { result, doc } = await this.store.update('journal', (current) => {
      const r = applyJournal(current, cmd, { now: Date.now(), newId: () => globalThis.crypto.randomUUID() });
      return { doc: r.doc, changed: r.changed, result: r };
    });
    this.journal = doc;
    // A new or re-drafted lesson opens in the editor; a discarded one closes it.
    if (cmd.type === 'draftLesson' || cmd.type === 'addLesson') this.editingLessonId = result.lessonId;
    if (cmd.type === 'discardLesson' && this.editingLessonId === cmd.id) this.editingLessonId = undefined;
    this.changed.fire();
    return { refusal: result.refusal, lessonId: result.lessonId };
  }
}

/**
 * `pacewise.reflectOnWeek`: without an argument, opens this week's reflection in the sidebar; with
 * `{ helped?, drained?, nextChange? }` (other extensions, tests), saves it for this week.
 */
export function reflectOnWeekCommand(reflections: ReflectionService, showSidebar: () => Thenable<unknown>) {
  return async (arg?: unknown): Promise<boolean> => {
    const week = isoWeek(Date.now());
    if (arg === undefined) {
      reflections.setOpen(week, true);
      await showSidebar();
      return true;
    }
    const saved = await reflections.save(week, arg);
    if (!saved.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0}: invalid argument ({1}). Nothing was changed.',
          CommandId.reflectOnWeek,
          inertText(saved.problem),
        ),
      );
    }
    return saved.ok;
  };
}
