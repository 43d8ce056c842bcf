import * as vscode from 'vscode';
import { inertText } from '../../core/inertText';
import { sanitizeIntent } from '../../core/commandArgs';
import { formatCountdown, wholeMinutes } from '../../core/format';
import { HostMessage, parseWebviewMessage, SidebarAction, SidebarSection, WebviewMessage } from '../../shared/protocol';
import { GitSignals } from '../git/gitSignals';
import { gitModel } from './sidebarModel';
import { WipService } from '../wip/wipService';
import { PromptService } from '../prompts/promptService';
import { CommandId, SIDEBAR_VIEW_ID } from '../commandIds';
import { FocusController, FocusView } from '../focus/focusController';
import { SettingsReader } from '../settingsReader';
import { sidebarStrings } from './sidebarStrings';
import { ReflectionService } from '../reflection/reflectionService';
import { ExperimentService } from '../experiments/experimentService';
import { experimentsModel } from '../experiments/experimentModel';
import type { ExperimentTracker } from '../experiments/experimentProgress';
import { lessonsModel } from '../reflection/lessonText';
import { postTo, webviewOptions, webviewShell } from '../webviewShell';
import { FocusTrend } from '../insights/focusTrend';
import { plural } from '../plural';
import { assertNever } from '../../shared/guards';
import { Disposable } from '../dispose';

const ACTION_COMMANDS: Record<Exclude<SidebarAction, 'pauseExperiment' | 'resumeExperiment'>, [string, unknown?]> = {
  start: [CommandId.startFocusSession],
  pause: [CommandId.pauseSession],
  resume: [CommandId.resumeSession],
  stop: [CommandId.stopSession],
  extend: [CommandId.extendSession],
  startBreak: [CommandId.startBreak],
  skipBreak: [CommandId.skipBreak],
  logInterruption: [CommandId.logInterruption],
  checkIn: [CommandId.checkIn],
  suggestPrompt: [CommandId.suggestPrompt],
  startExperiment: [CommandId.startExperiment],
  concludeExperiment: [CommandId.concludeExperiment],
  abandonExperiment: [CommandId.abandonExperiment],
  exportLessons: [CommandId.exportLessons],
  showInsights: [CommandId.showInsights],
  walkthrough: ['workbench.action.openWalkthrough', 'pacewise.pacewise#pacewise.gettingStarted'],
};

/**
 * The Pacewise sidebar. The HTML is a constant shell (only the nonce and resource URIs are interpolated); all data
 * goes over postMessage as full snapshots, re-sent when the view becomes visible. Messages from the webview are
 * validated and mapped to the same commands as the palette, so every action has one implementation.
 */
export class SidebarViewProvider extends Disposable implements vscode.WebviewViewProvider {
  static readonly viewId = SIDEBAR_VIEW_ID;
  private view: vscode.WebviewView | undefined;
  private announcedNotice: string | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: FocusController,
    private readonly settings: SettingsReader,
    /** Changes to the list repost (the week's facts count work in progress). */
    wip: WipService,
    private readonly prompts: PromptService,
    private readonly git: GitSignals,
    /** The reflective features: the weekly reflection, micro-lessons and experiments; the WIP limit now. */
    private readonly features: {
      reflections: ReflectionService;
      experiments: ExperimentService;
      tracker: ExperimentTracker;
      trend: FocusTrend;
      wipLimit: () => number;
    },
  ) {
    super();
    this._registerAll(
      features.trend.onDidChange(() => this.post(controller.view())),
      features.reflections.onDidChange(() => this.post(controller.view())),
      features.experiments.onDidChange(() => this.post(controller.view())),
      features.tracker.onDidChange(() => this.post(controller.view())),
      controller.onDidChange((view) => this.post(view)),
      git.onDidChange(() => this.post(controller.view())),
      wip.onDidChange(() => this.post(controller.view())),
      prompts.onDidChange((isNew) => {
        this.announcePrompt = isNew;
        this.updateBadge();
        this.post(controller.view());
      }),
    );
  }

  private announcePrompt = false;
  private revealNext: SidebarSection | undefined;

  /** Scrolls a section into view and focuses it, at the next snapshot the visible view gets. */
  reveal(section: SidebarSection): void {
    this.revealNext = section;
    this.post(this.controller.view());
  }

  /** A waiting question shows as a badge on the Pacewise container, whichever view is in front. */
  private updateBadge(): void {
    if (!this.view) return;
    this.view.badge = this.prompts.current
      ? { value: 1, tooltip: vscode.l10n.t('A pacing question is waiting in the sidebar') }
      : undefined;
  }

  /** The 14-day sparkline: history for the days before, today's live minutes (a gap until something is recorded). */
  private trend(view: FocusView): { trend: (number | null)[]; trendLabel: string } {
    const t = view.today;
    const before = this.features.trend.before(view.now);
    const today = t.sessions > 0 || t.checkins > 0 || t.interruptions > 0 || t.breaksTaken + t.breaksSkipped > 0;
    const trend = [...before, today ? wholeMinutes(t.focusMs) : null];
    const withData = trend.filter((v): v is number => v !== null);
    const trendLabel = withData.length
      ? plural(
          withData.length,
          {
            one: 'Focus over the last 14 days: {0} day with data, {1} min at most, today {2} min.',
            other: 'Focus over the last 14 days: {0} days with data, {1} min at most, today {2} min.',
          },
          withData.length,
          Math.max(...withData),
          wholeMinutes(t.focusMs),
        )
      : vscode.l10n.t('Focus over the last 14 days: nothing recorded yet.');
    return { trend, trendLabel };
  }
  /** Said once by the live region with the next snapshot (a confirmation of something the user did). */
  private announceNext: string | undefined;

  resolveWebviewView(webviewView: vscode.WebviewView): void {
    this.view = webviewView;
    const webview = webviewView.webview;
    webview.options = webviewOptions(this.extensionUri);
    webview.html = webviewShell(webview, this.extensionUri, 'sidebar');
    // The glossary is read when the sidebar first opens, not at activation.
    void this.prompts.load().then(() => this.post(this.controller.view()));
    this.updateBadge();
    void this.features.reflections.start();
    this.features.tracker.start();
    // Git is read only while the sidebar is visible.
    void this.git.start();
    this.git.setWatched(webviewView.visible);
    const listeners = [
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      webviewView.onDidChangeVisibility(() => {
        this.git.setWatched(webviewView.visible);
        if (webviewView.visible) this.post(this.controller.view());
      }),
    ];
    webviewView.onDidDispose(() => {
      // Messages after dispose are dropped: the view is gone until VS Code resolves it again.
      this.git.setWatched(false);
      if (this.view === webviewView) this.view = undefined;
      for (const l of listeners) l.dispose();
    });
  }

  private receive(raw: unknown): void {
    if (!this.view) return;
    const msg = parseWebviewMessage(raw);
    if (!msg) return; // unknown or malformed: ignored, nothing changes
    switch (msg.type) {
      case 'ready':
        this.post(this.controller.view());
        return;
      case 'action': {
        if (msg.action === 'pauseExperiment' || msg.action === 'resumeExperiment') {
          const type = msg.action === 'pauseExperiment' ? 'pause' : 'resume';
          void this.features.experiments.run({ type }).catch((err) => this.failed(err));
          return;
        }
        const [command, arg] = ACTION_COMMANDS[msg.action];
        void vscode.commands.executeCommand(command, arg);
        return;
      }
      case 'prompt':
        void this.prompts.react(msg.reaction);
        return;
      case 'share':
        void vscode.commands.executeCommand(msg.what === 'lesson' ? CommandId.shareLesson : CommandId.shareExperiment, {
          id: msg.id,
        });
        return;
      case 'reflection':
      case 'saveReflection':
      case 'lesson':
        void this.reflect(msg).catch((err) => this.failed(err));
        return;
      default:
        assertNever(msg);
    }
  }

  private async reflect(msg: Extract<WebviewMessage, { type: 'reflection' | 'saveReflection' | 'lesson' }>) {
    const r = this.features.reflections;
    if (msg.type === 'saveReflection') {
      const saved = await r.save(msg.week, msg.answers);
      if (!saved.ok) return this.refused(saved.problem);
      this.announceNext = vscode.l10n.t('Reflection saved on this machine.');
    } else if (msg.type === 'lesson' && (msg.op === 'edit' || msg.op === 'close')) {
      r.editLesson(msg.op === 'edit' ? msg.id : undefined);
    } else if (msg.type === 'lesson') {
      const done =
        msg.op === 'save'
          ? await r.saveLesson(msg.id, msg.text)
          : { ok: true as const, value: (await r.run({ type: 'discardLesson', id: msg.id })).refusal };
      if (!done.ok) return this.refused(done.problem);
      if (done.value === 'notFound') return this.refused(vscode.l10n.t('that draft no longer exists'));
      this.announceNext =
        msg.op === 'save' ? vscode.l10n.t('Micro-lesson draft saved.') : vscode.l10n.t('Micro-lesson draft discarded.');
    } else if (msg.op === 'open' || msg.op === 'close') {
      r.setOpen(msg.week, msg.op === 'open');
    } else if (msg.op === 'skip') {
      await r.run({ type: 'skipReflection', week: msg.week });
    } else {
      const drafted = await r.run({ type: 'draftLesson', week: msg.week });
      if (drafted.refusal === 'notFound') return this.refused(vscode.l10n.t('save the reflection first'));
      this.announceNext = vscode.l10n.t('Micro-lesson draft ready to edit.');
    }
    this.post(this.controller.view());
  }

  private refused(problem: string): void {
    void vscode.window.showWarningMessage(vscode.l10n.t('Pacewise: nothing was saved — {0}.', inertText(problem)));
  }

  private failed(err: unknown): void {
    void vscode.window.showErrorMessage(vscode.l10n.t('Pacewise could not save: {0}', inertText(String(err))));
  }

  /** The snapshot the webview renders, built from the same view the status bar uses. */
  snapshot(view: FocusView): HostMessage {
    const cur = view.doc.current;
    const notice = view.doc.notice;
    let announce: string | undefined;
    if (notice && notice.id !== this.announcedNotice) {
      this.announcedNotice = notice.id;
      announce =
        notice.kind === 'sessionEnded' ? vscode.l10n.t('Focus session complete.') : vscode.l10n.t('Break over.');
    }
    const prompt = this.prompts.current;
    if (this.announcePrompt && prompt) announce = vscode.l10n.t('A question for this moment: {0}', prompt.text);
    this.announcePrompt = false;
    announce = this.announceNext ?? announce;
    this.announceNext = undefined;
    const reveal = this.revealNext;
    this.revealNext = undefined;
    return {
      type: 'snapshot',
      timer: {
        kind: cur ? cur.kind : 'idle',
        running: view.running,
        remaining: formatCountdown(view.remainingMs),
        intent: cur?.kind === 'focus' ? sanitizeIntent(cur.intent) : '',
        longBreak: cur?.kind === 'break' && cur.long,
        gapPending: cur?.kind === 'focus' && cur.pendingGap !== undefined,
      },
      today: {
        focusMinutes: wholeMinutes(view.today.focusMs),
        intentionMinutes: this.settings.settings.focusIntentionMinutes,
        sessions: view.today.sessions,
        completed: view.today.completed,
        breaksTaken: view.today.breaksTaken,
        breaksSkipped: view.today.breaksSkipped,
        checkins: view.today.checkins,
        interruptions: view.today.interruptions,
        urgent: view.today.urgent,
        negotiable: view.today.negotiable,
        pastEndOfDay: view.today.pastEndOfDay,
        ...this.trend(view),
      },
      git: gitModel(this.git.current, this.settings.settings.gitRecentDays),
      reflection: this.features.reflections.model(view.now),
      experiments: experimentsModel(
        this.features.experiments.doc,
        this.features.tracker.view,
        this.features.reflections.doc,
      ),
      lessons: lessonsModel(
        this.features.reflections.doc,
        this.features.experiments.doc,
        this.features.reflections.editingLessonId,
      ),
      prompt: { current: prompt && { text: prompt.text, why: prompt.why }, glossary: this.prompts.glossary },
      strings: sidebarStrings(),
      announce,
      reveal,
    };
  }

  private post(view: FocusView): void {
    if (!this.view?.visible) return;
    void postTo(this.view.webview, 'sidebar', this.snapshot(view));
  }
}
