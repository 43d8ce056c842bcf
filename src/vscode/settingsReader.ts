import * as vscode from 'vscode';
import { formatTimeOfDay, SettingIssue, validateSettings } from '../core/settings';
import { DEFAULT_SETTINGS, PacewiseSettings } from '../core/userSettings';
import { inertText } from '../core/inertText';
import { Disposable } from './dispose';

const KEYS = [
  'session.focusMinutes',
  'session.shortBreakMinutes',
  'session.longBreakMinutes',
  'session.longBreakEvery',
  'session.idleMinutes',
  'session.autoStartNext',
  'day.endOfDay',
  'day.focusIntentionMinutes',
  'wip.limit',
  'wip.agingDays',
  'review.offerDays',
  'git.recentDays',
  'prompts.typingPauseSeconds',
  'reflection.day',
  'checkin.afterSession',
  'team.folder',
];

/**
 * The validated `pacewise.*` settings. A bad value never reaches the timer: it is clamped or the previous valid
 * value is kept, and the user is told once which setting was wrong.
 */
export class SettingsReader extends Disposable {
  private current: PacewiseSettings = DEFAULT_SETTINGS;
  private readonly warned = new Set<string>();
  private readonly changed = this._register(new vscode.EventEmitter<PacewiseSettings>());
  readonly onDidChange = this.changed.event;

  constructor(
    /** Shows the one warning of a reload (a test passes its own to read what the user would see). */
    private readonly notify: (message: string, settingsQuery: string) => void = showSettingsWarning,
  ) {
    super();
    this.reload();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('pacewise')) {
          this.reload();
          this.changed.fire(this.settings);
        }
      }),
    );
  }

  get settings(): PacewiseSettings {
    return this.current;
  }

  /**
   * A structured setting (`setting` without the `pacewise.` prefix) read now and parsed by the feature that owns it,
   * so its parser loads with that feature and not at startup; the parser says what it could not use.
   */
  structured<T>(setting: string, parse: (raw: unknown) => T): T {
    return parse(vscode.workspace.getConfiguration('pacewise').get(setting));
  }

  /**
   * Whether the user's own settings name a mentorship space (only those count: a project cannot), told without
   * loading the Mentoring feature.
   */
  mentorshipSpaceSet(): boolean {
    return !!vscode.workspace.getConfiguration('pacewise').inspect<unknown>('mentorship.space')?.globalValue;
  }

  /** Writes a setting to the user's settings (undefined removes it), where it can also be undone by hand. */
  async update(setting: string, value: unknown): Promise<void> {
    await vscode.workspace.getConfiguration('pacewise').update(setting, value, vscode.ConfigurationTarget.Global);
  }

  private reload(): void {
    const config = vscode.workspace.getConfiguration('pacewise');
    const raw: Record<string, unknown> = {};
    for (const key of KEYS) raw[key] = config.get(key);
    const { settings, issues } = validateSettings(raw, this.current);
    this.current = settings;
    this.warn(issues);
  }

  /** One notification for every setting that could not be used as it is (each setting once, each value once). */
  private warn(issues: SettingIssue[]): void {
    const fresh = new Map<string, SettingIssue>();
    for (const issue of issues) {
      const id = `${issue.key}=${JSON.stringify(issue.value)}`;
      if (this.warned.has(id) || fresh.has(issue.key)) continue;
      this.warned.add(id);
      fresh.set(issue.key, issue);
    }
    if (fresh.size === 0) return;
    const sentences = [...fresh.values()].map(issueText);
    const message =
      sentences.length === 1
        ? sentences[0]
        : vscode.l10n.t('Pacewise could not use {0} settings as they are. {1}', sentences.length, sentences.join(' '));
    this.notify(message, fresh.size === 1 ? `pacewise.${[...fresh.keys()][0]}` : '@ext:pacewise.pacewise');
  }
}

function showSettingsWarning(message: string, settingsQuery: string): void {
  void vscode.window.showWarningMessage(message, vscode.l10n.t('Open Settings')).then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.action.openSettings', settingsQuery);
  });
}

function issueText(issue: SettingIssue): string {
  const name = `pacewise.${issue.key}`;
  // Values come from any settings file, a cloned repository's too: shown as text, never as a link or an icon.
  const value = inertText(
    typeof issue.value === 'string' ? issue.value : (JSON.stringify(issue.value) ?? String(issue.value)),
  );
  const used = inertText(
    typeof issue.used === 'number' && issue.key === 'day.endOfDay' ? formatTimeOfDay(issue.used) : String(issue.used),
  );
  return {
    notNumber: vscode.l10n.t('Setting {0}: {1} is not a number; using {2}.', name, value, used),
    outOfRange: vscode.l10n.t('Setting {0}: {1} is out of range; using {2}.', name, value, used),
    notBoolean: vscode.l10n.t('Setting {0}: {1} is not true or false; using {2}.', name, value, used),
    notText: vscode.l10n.t('Setting {0}: {1} is not text; using "{2}".', name, value, used),
    badTime: vscode.l10n.t('Setting {0}: "{1}" is not a 24-hour time like 18:00; using {2}.', name, value, used),
    notChoice: vscode.l10n.t('Setting {0}: "{1}" is not one of the listed choices; using {2}.', name, value, used),
    breakTooLong: vscode.l10n.t(
      'Setting {0}: a {1}-minute break is longer than the focus session; using {2}.',
      name,
      value,
      used,
    ),
  }[issue.problem];
}
