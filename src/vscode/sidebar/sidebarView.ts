import * as vscode from 'vscode';
import { sanitizeIntent } from '../../core/commandArgs';
import { formatCountdown, wholeMinutes } from '../../core/format';
import { HostMessage, parseWebviewMessage, SECTION_PART, SidebarPart, SidebarSection } from '../../shared/protocol';
import { GitSignals } from '../git/gitSignals';
import { gitModel } from './sidebarModel';
import { WipService } from '../wip/wipService';
import { PromptService } from '../prompts/promptService';
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
import { Disposable } from '../dispose';
import { carryOut } from './sidebarIntents';

/** What each view draws of a snapshot: it is re-sent to a view only when this part of it changed. */
const PART_OF_SNAPSHOT: Record<SidebarPart, (m: HostMessage) => unknown[]> = {
  now: (m) => [m.timer, m.today, m.git, m.prompt, m.reflection.due],
  experiment: (m) => [m.experiments],
  week: (m) => [m.reflection, m.lessons.editing],
};

/**
 * The Pacewise sidebar's webview views (Now, Experiment, This week): one snapshot, each view drawing its part of it.
 * The HTML is a constant shell (only the nonce, resource URIs and the part are interpolated); all data goes over
 * postMessage as full snapshots, re-sent when a view becomes visible and otherwise only when its part changed (the
 * once-a-second countdown reaches Now alone). Messages from the webviews are validated and mapped to the same
 * commands as the palette, so every action has one implementation.
 */
export class SidebarViewProvider extends Disposable {
  private readonly views = new Map<SidebarPart, vscode.WebviewView>();
  /** Views whose page is listening: what is posted before would be lost, with the focus it carries. */
  private readonly ready = new Set<SidebarPart>();
  /** What each view was last sent (its part of the snapshot), to skip re-sending the same. */
  private readonly sent = new Map<SidebarPart, string>();
  /** Said once by a view's live region with its next snapshot. */
  private readonly toAnnounce = new Map<SidebarPart, string>();
  private announcedNotice: string | undefined;
  private revealNext: SidebarSection | undefined;
  private started = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: FocusController,
    private readonly settings: SettingsReader,
    /** Changes to the list repost (the week's facts count work in progress). */
    wip: WipService,
    private readonly prompts: PromptService,
    private readonly git: GitSignals,
    /** The reflective features: the weekly reflection, micro-lessons and experiments. */
    private readonly features: {
      reflections: ReflectionService;
      experiments: ExperimentService;
      tracker: ExperimentTracker;
      trend: FocusTrend;
    },
  ) {
    super();
    const repost = () => this.post(controller.view());
    this._registerAll(
      features.trend.onDidChange(repost),
      features.reflections.onDidChange(repost),
      features.experiments.onDidChange(repost),
      features.tracker.onDidChange(repost),
      controller.onDidChange((view) => this.post(view)),
      git.onDidChange(repost),
      wip.onDidChange(repost),
      prompts.onDidChange((isNew) => {
        const prompt = prompts.current;
        if (isNew && prompt) this.toAnnounce.set('now', vscode.l10n.t('A question for this moment: {0}', prompt.text));
        this.updateBadge();
        repost();
      }),
    );
  }

  /** Scrolls a section into view and focuses it, at the next snapshot its (visible) view gets. */
  reveal(section: SidebarSection): void {
    this.revealNext = section;
    this.post(this.controller.view());
  }

  /** A waiting question shows as a badge on the Pacewise container, whichever view is in front. */
  private updateBadge(): void {
    const now = this.views.get('now');
    if (!now) return;
    now.badge = this.prompts.current
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
  resolveWebviewView(webviewView: vscode.WebviewView, part: SidebarPart): void {
    this.views.set(part, webviewView);
    this.ready.delete(part);
    this.sent.delete(part);
    const webview = webviewView.webview;
    webview.options = webviewOptions(this.extensionUri);
    webview.html = webviewShell(webview, this.extensionUri, 'sidebar', part);
    if (!this.started) {
      this.started = true;
      // The glossary is read when the sidebar first opens, not at activation.
      void this.prompts.load().then(() => this.post(this.controller.view()));
      void this.features.reflections.start();
      this.features.tracker.start();
      void this.git.start();
    }
    if (part === 'now') this.updateBadge();
    // Git is read only while a view that shows it is visible.
    const watchGit = () => part === 'now' && this.git.setWatched(webviewView.visible);
    watchGit();
    const repostHere = () => {
      this.sent.delete(part);
      this.post(this.controller.view());
    };
    const listeners = [
      webview.onDidReceiveMessage((raw: unknown) => this.receive(part, raw, repostHere)),
      webviewView.onDidChangeVisibility(() => {
        watchGit();
        if (webviewView.visible) repostHere();
      }),
    ];
    webviewView.onDidDispose(() => {
      // Messages after dispose are dropped: the view is gone until VS Code resolves it again.
      if (part === 'now') this.git.setWatched(false);
      if (this.views.get(part) === webviewView) this.views.delete(part);
      for (const l of listeners) l.dispose();
    });
  }

  private receive(part: SidebarPart, raw: unknown, repostHere: () => void): void {
    if (!this.views.has(part)) return;
    const msg = parseWebviewMessage(raw);
    if (!msg) return; // unknown or malformed: ignored, nothing changes
    if (msg.type === 'ready') {
      this.ready.add(part);
      return repostHere();
    }
    const { reflections, experiments } = this.features;
    void carryOut(msg, { prompts: this.prompts, reflections, experiments }).then((said) => {
      if (said) this.toAnnounce.set(part, said);
      if (msg.type === 'reflection' || msg.type === 'saveReflection' || msg.type === 'lesson') repostHere();
    });
  }

  /** The snapshot the views draw, built from the same view the status bar uses. */
  snapshot(view: FocusView): HostMessage {
    const cur = view.doc.current;
    const prompt = this.prompts.current;
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
    };
  }

  /** A session's or break's end is said by Now alone, once. */
  private noteEnded(view: FocusView): void {
    const notice = view.doc.notice;
    if (!notice || notice.id === this.announcedNotice) return;
    this.announcedNotice = notice.id;
    this.toAnnounce.set(
      'now',
      notice.kind === 'sessionEnded' ? vscode.l10n.t('Focus session complete.') : vscode.l10n.t('Break over.'),
    );
  }

  private post(view: FocusView): void {
    const visible = [...this.views].filter(([part, v]) => v.visible && this.ready.has(part));
    if (visible.length === 0) return;
    if (visible.some(([part]) => part === 'now')) this.noteEnded(view);
    const snapshot = this.snapshot(view);
    for (const [part, v] of visible) {
      const key = JSON.stringify(PART_OF_SNAPSHOT[part](snapshot));
      const announce = this.toAnnounce.get(part);
      const reveal = this.revealNext && SECTION_PART[this.revealNext] === part ? this.revealNext : undefined;
      if (key === this.sent.get(part) && !announce && !reveal) continue;
      this.sent.set(part, key);
      this.toAnnounce.delete(part);
      if (reveal) this.revealNext = undefined;
      void postTo(v.webview, 'sidebar', { ...snapshot, announce, reveal });
    }
  }
}
