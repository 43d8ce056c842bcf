import type * as vscode from 'vscode';
import type { SidebarPart, SidebarSection } from '../shared/protocol';
import type { PacewiseStore } from '../storage/pacewiseStore';
import type { FeatureCommand } from './commandIds';
import type { ExperimentService } from './experiments/experimentService';
import type { ActivityMonitor } from './focus/activityMonitor';
import type { FocusController } from './focus/focusController';
import type { SettingsReader } from './settingsReader';
import type { WipService } from './wip/wipService';

/** What startup has built already and every lazily loaded feature may use (src/features.ts passes it in). */
export interface BaseServices {
  extensionUri: vscode.Uri;
  globalState: vscode.Memento;
  secrets: vscode.SecretStorage;
  store: PacewiseStore;
  settings: SettingsReader;
  controller: FocusController;
  wip: WipService;
  activity: ActivityMonitor;
  experiments: ExperimentService;
  /** The WIP limit now: a running "Limit WIP to N" experiment's N, else the setting's. */
  wipLimit(): number;
  /** Reveals the Pacewise sidebar (commands that answer there), with the section they showed in view and focused. */
  showSidebar(target?: SidebarPart | SidebarSection): Thenable<unknown>;
}

/** A command's implementation: true when it changed something (what tests and callers check). */
export type CommandHandler = (arg?: unknown) => Promise<boolean>;

/** The palette commands a feature bundle implements. */
export type FeatureCommands<C extends FeatureCommand = FeatureCommand> = Record<C, CommandHandler>;
