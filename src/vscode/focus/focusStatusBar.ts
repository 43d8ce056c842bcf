import * as vscode from 'vscode';
import { sanitizeIntent } from '../../core/commandArgs';
import { formatCountdown, truncate, wholeMinutes } from '../../core/format';
import { CommandId } from '../commandIds';
import { FocusView } from './focusController';
import { todayLine } from './todayText';
import { WipSummary } from '../../core/wip/wip';
import { plural } from '../plural';
import { Disposable } from '../dispose';

const INTENT_MAX = 24;

/** The status bar timer: the one thing Pacewise shows while the developer is in flow. */
export class FocusStatusBar extends Disposable {
  private readonly item = this._register(
    vscode.window.createStatusBarItem('pacewise.focus', vscode.StatusBarAlignment.Left, 50),
  );
  private last = '';
  private lastView: FocusView | undefined;
  private wip: WipSummary | undefined;

  constructor() {
    super();
    this.item.name = vscode.l10n.t('Pacewise Focus Timer');
    this.item.command = CommandId.showActions;
    this.render(undefined);
    this.item.show();
  }

  /** What the item shows now, for tests and the accessibility check. */
  get snapshot(): { text: string; tooltip: string; ariaLabel: string } {
    return {
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '',
      ariaLabel: this.item.accessibilityInformation?.label ?? '',
    };
  }

  /** Work in progress for the tooltip; re-renders with the last view. */
  setWip(wip: WipSummary): void {
    this.wip = wip;
    this.render(this.lastView);
  }

  render(view: FocusView | undefined): void {
    this.lastView = view;
    const cur = view?.doc.current ?? null;
    let text: string;
    let label: string;
    let background: vscode.ThemeColor | undefined;
    if (!view || !cur) {
      text = `$(play) ${vscode.l10n.t('Focus')}`;
      label = vscode.l10n.t('Pacewise: no focus session. Activate to start one.');
    } else if (cur.kind === 'break') {
      const left = formatCountdown(view.remainingMs);
      text = `$(coffee) ${left} ${cur.long ? vscode.l10n.t('long break') : vscode.l10n.t('break')}`;
      const minutes = Math.ceil(view.remainingMs / 60_000);
      label = plural(
        minutes,
        { one: 'Pacewise: break, {0} minute left.', other: 'Pacewise: break, {0} minutes left.' },
        minutes,
      );
    } else {
      const left = formatCountdown(view.remainingMs);
      const intent = truncate(sanitizeIntent(cur.intent), INTENT_MAX);
      const paused = !view.running;
      text = `${paused ? '$(debug-pause)' : '$(clock)'} ${left}${paused ? ` ${vscode.l10n.t('paused')}` : ''}${intent ? ` · ${intent}` : ''}`;
      const minutes = Math.ceil(view.remainingMs / 60_000);
      label = paused
        ? plural(
            minutes,
            {
              one: 'Pacewise: focus session paused, {0} minute left. {1}',
              other: 'Pacewise: focus session paused, {0} minutes left. {1}',
            },
            minutes,
            intent,
          )
        : plural(
            minutes,
            {
              one: 'Pacewise: focus session, {0} minute left. {1}',
              other: 'Pacewise: focus session, {0} minutes left. {1}',
            },
            minutes,
            intent,
          );
      if (paused || cur.pendingGap) background = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    const tooltip = view ? tooltipFor(view, this.wip) : vscode.l10n.t('Pacewise: start a focus session');
    const key = `${text}|${tooltip}|${label}|${background ? 'warn' : ''}`;
    if (key === this.last) return;
    this.last = key;
    this.item.text = text;
    // A plain string tooltip: nothing from the user's intent can render as markdown or a command link.
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label };
    this.item.backgroundColor = background;
  }
}

function tooltipFor(view: FocusView, wip: WipSummary | undefined): string {
  const lines = [vscode.l10n.t('Pacewise — today: {0}', todayLine(view.today))];
  if (wip && wip.active.length > 0) {
    lines.push(
      wip.overLimit
        ? vscode.l10n.t('Work in progress: {0}, above your limit of {1}.', wip.active.length, wip.limit)
        : vscode.l10n.t('Work in progress: {0}.', wip.active.length),
    );
  }
  const cur = view.doc.current;
  if (cur?.kind === 'focus') {
    if (cur.pendingGap)
      lines.push(
        vscode.l10n.t(
          '{0} min passed unseen (sleep or clock change): choose how to count it.',
          wholeMinutes(cur.pendingGap.ms),
        ),
      );
    if (cur.pastEndOfDay) lines.push(vscode.l10n.t('This session runs past your end-of-day time.'));
  } else if (view.today.pastEndOfDay) {
    lines.push(vscode.l10n.t('You worked past your end-of-day time today.'));
  }
  lines.push(vscode.l10n.t('Click for focus actions.'));
  return lines.join('\n');
}
