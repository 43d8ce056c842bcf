import * as path from 'node:path';
import { inertText } from '../../core/inertText';
import * as vscode from 'vscode';
import { endOfDayInstant, localDay } from '../../core/days';
import { wholeMinutes } from '../../core/format';
import { isStale, startedAt } from '../../core/focus/timer';
import { RecoveryReport } from '../../storage/safeAdapter';
import { ActivityMonitor } from './activityMonitor';
import { CommandId } from '../commandIds';
import { FocusController, FocusEvents, FocusView } from './focusController';
import { SettingsReader } from '../settingsReader';
import { todayLine } from './todayText';
import { Disposable } from '../dispose';

const STARTUP_SETTLE_MS = 4_000;

/** Resolves when this window has focus (at once if it has). */
function focusedWindow(): Promise<void> {
  if (vscode.window.state.focused) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = vscode.window.onDidChangeWindowState((s) => {
      if (!s.focused) return;
      sub.dispose();
      resolve();
    });
  });
}

/**
 * Every message Pacewise shows on its own initiative: non-modal, at natural boundaries (a typing pause, the window
 * gaining focus), each shown by one window only (the one that wins the store's acknowledgement).
 */
export class FocusPrompts extends Disposable implements FocusEvents {
  private controller: FocusController | undefined;
  private handlingNotice: string | undefined;
  private askedStale = new Set<string>();

  /** Resolves a few seconds after activation, when the workbench's startup notifications are through. */
  private readonly startupSettled = new Promise<void>((resolve) => setTimeout(resolve, STARTUP_SETTLE_MS));

  constructor(
    private readonly activity: ActivityMonitor,
    private readonly settings: SettingsReader,
  ) {
    super();
  }

  attach(controller: FocusController): void {
    this.controller = controller;
    this._registerAll(
      controller.onDidChange((view) => this.onView(view)),
      vscode.window.onDidChangeWindowState((s) => {
        if (s.focused) this.onView(controller.view());
      }),
    );
  }

  private onView(view: FocusView): void {
    const notice = view.doc.notice;
    if (notice && this.handlingNotice !== notice.id) {
      this.handlingNotice = notice.id;
      void this.showNotice(notice.kind, notice.id).finally(() => (this.handlingNotice = undefined));
    }
    const cur = view.doc.current;
    if (cur && isStale(cur, view.now) && !this.askedStale.has(cur.id)) {
      this.askedStale.add(cur.id);
      void this.askStale(view);
    }
    this.maybeWindDown(view);
  }

  private async showNotice(kind: 'sessionEnded' | 'breakEnded', id: string): Promise<void> {
    const controller = this.controller;
    if (!controller) return;
    await this.activity.typingPause();
    if (!vscode.window.state.focused) return; // shown when a window gains focus instead
    const ack = await controller.run({ type: 'ackNotice', id }).catch(() => undefined);
    if (!ack?.changed) return; // another window showed it
    const today = todayLine(controller.view().today);
    if (kind === 'sessionEnded') {
      const startBreak = vscode.l10n.t('Start Break');
      const another = vscode.l10n.t('Start Another');
      const stop = vscode.l10n.t('Stop for Now');
      const checkIn = vscode.l10n.t('Check In');
      const offerCheckin = this.settings.settings.checkinAfterSession;
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t('Focus session complete. Today: {0}.', today),
        startBreak,
        another,
        ...(offerCheckin ? [checkIn] : []),
        stop,
      );
      if (pick === checkIn) await vscode.commands.executeCommand(CommandId.checkIn);
      if (pick === startBreak) await vscode.commands.executeCommand(CommandId.startBreak);
      else if (pick === another) await vscode.commands.executeCommand(CommandId.startFocusSession);
      else if (pick === stop) await controller.run({ type: 'skipBreak' }).catch(() => undefined);
    } else {
      const start = vscode.l10n.t('Start Focus Session');
      const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Break over. Today: {0}.', today), start);
      if (pick === start) await vscode.commands.executeCommand(CommandId.startFocusSession);
    }
  }

  gapRecorded(): void {
    void this.askGap();
  }

  private async askGap(): Promise<void> {
    // At a reopen the gap is found during activation, amid VS Code's own startup notices: a toast arriving then is
    // dropped into the notification centre (more than three toasts within 800 ms). Ask once that has passed, in a
    // focused window, at a typing pause.
    await this.startupSettled;
    await focusedWindow();
    await this.activity.typingPause();
    const cur = this.controller?.view().doc.current;
    if (cur?.kind !== 'focus' || !cur.pendingGap) return;
    const count = vscode.l10n.t('Count It');
    const discard = vscode.l10n.t("Don't Count It");
    const pause = vscode.l10n.t('Pause at the Gap');
    const pick = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        '{0} min passed that Pacewise did not see (the computer slept, the clock changed, or VS Code was closed). It is not counted as focus unless you say so.',
        wholeMinutes(cur.pendingGap.ms),
      ),
      count,
      discard,
      pause,
    );
    const choice = pick === count ? 'count' : pick === pause ? 'pause' : pick === discard ? 'discard' : undefined;
    if (choice) await this.controller?.run({ type: 'resolveGap', choice }).catch(() => undefined);
  }

  awayEnded(minutes: number): void {
    void (async () => {
      const count = vscode.l10n.t('Count It');
      const pick = await vscode.window.showInformationMessage(
        vscode.l10n.t('Welcome back. You were away {0} min, so the session paused; it runs again now.', minutes),
        count,
        vscode.l10n.t("Don't Count It"),
      );
      await this.controller?.run({ type: 'resolveAway', count: pick === count }).catch(() => undefined);
    })();
  }

  /** One save error on screen at a time: the tick retries every second and must not stack notifications. */
  private saveErrorShowing = false;

  saveFailed(error: unknown, retry: () => void): void {
    if (this.saveErrorShowing) return;
    this.saveErrorShowing = true;
    const retryLabel = vscode.l10n.t('Retry');
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t(
          'Pacewise could not save your change: {0}. Nothing on disk was changed.',
          inertText(describe(error)),
        ),
        retryLabel,
      )
      .then((pick) => {
        this.saveErrorShowing = false;
        if (pick === retryLabel) retry();
      });
  }

  /** Tells the user exactly what the store recovered: which file, why, where the damaged copy is. */
  recovered(report: RecoveryReport): void {
    const name = path.basename(report.file);
    const message = report.fromBackup
      ? vscode.l10n.t(
          'Pacewise could not read {0} ({1}). Records restored from the last good backup: {2}; records that could not be read: about {3}. The damaged file was kept at {4}.',
          name,
          report.reason,
          report.recoveredRecords,
          report.unreadableRecords,
          report.movedTo || name,
        )
      : vscode.l10n.t(
          'Pacewise could not read {0} ({1}) and found no good backup; records that could not be read: about {2}. The damaged file was kept at {3} and Pacewise started a new one beside it.',
          name,
          report.reason,
          report.unreadableRecords,
          report.movedTo,
        );
    const reveal = vscode.l10n.t('Show File');
    void vscode.window.showWarningMessage(message, reveal).then((pick) => {
      if (pick && report.movedTo)
        void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(report.movedTo));
    });
  }

  private async askStale(view: FocusView): Promise<void> {
    const cur = view.doc.current;
    if (cur?.kind !== 'focus') return;
    const stop = vscode.l10n.t('Stop It Now');
    const pick = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'A focus session has been open since {0}. Its focus time is capped at its planned length.',
        new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          startedAt(cur),
        ),
      ),
      stop,
      vscode.l10n.t('Keep It'),
    );
    if (pick === stop) await this.controller?.run({ type: 'stop' }).catch(() => undefined);
  }

  /** Once a day, after the end-of-day time, at a boundary: the day's summary and a nudge to stop. */
  private maybeWindDown(view: FocusView): void {
    const end = endOfDayInstant(view.now, this.settings.settings.endOfDayMinutes);
    const day = localDay(view.now);
    if (view.now < end || view.doc.windDownShownOn === day || view.today.sessions === 0) return;
    if (view.doc.current?.kind === 'focus' && view.running) return; // not mid-session: at its end
    if (!vscode.window.state.focused) return;
    void (async () => {
      await this.activity.typingPause();
      const won = await this.controller?.run({ type: 'windDownShown', day }).catch(() => undefined);
      if (!won?.changed) return;
      await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'It is past your end-of-day time. Today: {0}. A good moment to note where you stopped and call it a day.',
          todayLine(view.today),
        ),
      );
    })();
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC') return vscode.l10n.t('the disk is full');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return vscode.l10n.t('no permission to write the data folder');
  return error instanceof Error ? error.message : String(error);
}
