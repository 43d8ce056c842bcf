import * as vscode from 'vscode';
import { isRunning } from '../core/focus/timer';
import type { TimerDoc } from '../core/types';
import type { WipDoc } from '../core/wip/wip';

/**
 * The context keys that `when` clauses in package.json read, so the palette lists only what can act now
 * (no Resume while nothing runs, no Conclude without an experiment). Each is sent only when its value changes:
 * the timer's view changes every second.
 */
export type PacewiseContext = {
  /** What the timer is doing: no session, a focus session (running or paused), or a break. */
  'pacewise:state': 'idle' | 'focus' | 'break';
  /** A focus session that is paused. */
  'pacewise:paused': boolean;
  /** A session just ended and its break is offered: it can be skipped without starting it. */
  'pacewise:breakOffered': boolean;
  /** An experiment is running or paused. */
  'pacewise:experiment': boolean;
  /** At least one work item in progress / parked. */
  'pacewise:hasActiveWip': boolean;
  'pacewise:hasParkedWip': boolean;
  /** Done at least once in this window, for the walkthrough's steps (also when run from a button, not the palette). */
  'pacewise:didCheckIn': boolean;
  'pacewise:didShowInsights': boolean;
};

export class ContextKeys {
  private readonly sent = new Map<string, unknown>();

  set<K extends keyof PacewiseContext>(key: K, value: PacewiseContext[K]): void {
    if (this.sent.get(key) === value) return;
    this.sent.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }

  timer(doc: TimerDoc): void {
    const cur = doc.current;
    this.set('pacewise:state', cur ? cur.kind : 'idle');
    this.set('pacewise:paused', cur?.kind === 'focus' && !isRunning(cur));
    this.set('pacewise:breakOffered', !cur && doc.notice?.kind === 'sessionEnded');
  }

  wip(doc: WipDoc): void {
    this.set(
      'pacewise:hasActiveWip',
      doc.items.some((i) => i.status === 'active'),
    );
    this.set(
      'pacewise:hasParkedWip',
      doc.items.some((i) => i.status === 'parked'),
    );
  }
}
