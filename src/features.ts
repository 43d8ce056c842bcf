// The lazy seam: everything beyond the timer is built by its feature's src/vscode/<feature>/<feature>Feature.ts and
// shipped in a bundle required the first time something needs it — dist/sidebar.js (the features the sidebar shows,
// see sidebarBundle.ts), dist/team.js, dist/insights.js, dist/data.js, dist/digest.js. Startup holds only this loader and the types it
// names; a feature another needs (the sidebar needs git, the questions, the reflection) is built first and passed in.
import * as path from 'node:path';
import { CommandId, FeatureCommand } from './vscode/commandIds';
import { Disposable } from './vscode/dispose';
import type { BaseServices, CommandHandler } from './vscode/featureServices';
import type { DataCommand } from './vscode/data/dataCommands';
import type { ExperimentsFeature } from './vscode/experiments/experimentsFeature';
import type { GitSignals } from './vscode/git/gitSignals';
import type { InsightsPanel } from './vscode/insights/insightsPanel';
import type { PromptsFeature } from './vscode/prompts/promptsFeature';
import type { ReflectionFeature } from './vscode/reflection/reflectionFeature';
import type { SidebarFeature } from './vscode/sidebar/sidebarFeature';
import type { TeamFeature } from './vscode/team/teamFeature';
import type { WipNode, WipTree } from './vscode/wip/wipTree';
import type { LessonNode, LessonTree } from './vscode/reflection/lessonTree';
import type { TeamNode, TeamTree } from './vscode/team/teamTree';
import type { MentorshipFeature } from './vscode/mentorship/mentorshipFeature';
import type { MentoringNode, MentoringTree } from './vscode/mentorship/mentoringTree';
import type { RitualsFeature } from './vscode/rituals/ritualsFeature';
import type { RitualsNode, RitualsTree } from './vscode/rituals/ritualsTree';
import type * as vscode from 'vscode';

/** Each bundle's module, by the name scripts/build.mjs gives its file. */
interface Bundles {
  sidebar: typeof import('./vscode/sidebar/sidebarBundle');
  team: typeof import('./vscode/team/teamFeature');
  mentorship: typeof import('./vscode/rituals/spaceBundle');
  insights: typeof import('./vscode/insights/insightsFeature');
  data: typeof import('./vscode/data/dataFeature');
  digest: typeof import('./vscode/digest/digestFeature');
}

type CommandFeature =
  | 'checkin'
  | 'prompts'
  | 'reflection'
  | 'experiments'
  | 'team'
  | 'mentorship'
  | 'rituals'
  | 'insights'
  | 'data'
  | 'digest';

/** Which feature implements each palette command (its getter loads the bundle). */
const COMMAND_FEATURE: Record<FeatureCommand, CommandFeature> = {
  [CommandId.checkIn]: 'checkin',
  [CommandId.suggestPrompt]: 'prompts',
  [CommandId.resetPrompts]: 'prompts',
  [CommandId.reflectOnWeek]: 'reflection',
  [CommandId.startExperiment]: 'experiments',
  [CommandId.showExperiment]: 'experiments',
  [CommandId.concludeExperiment]: 'experiments',
  [CommandId.abandonExperiment]: 'experiments',
  [CommandId.exportLessons]: 'experiments',
  [CommandId.showTeamNotes]: 'team',
  [CommandId.shareLesson]: 'team',
  [CommandId.shareExperiment]: 'team',
  [CommandId.askMentors]: 'team',
  [CommandId.editLesson]: 'reflection',
  [CommandId.readTeamNotes]: 'team',
  [CommandId.withdrawNote]: 'team',
  [CommandId.openTeamNote]: 'team',
  [CommandId.annotateTeamNote]: 'team',
  [CommandId.adoptTeamNote]: 'team',
  [CommandId.editTeamNote]: 'team',
  [CommandId.continueShareDraft]: 'team',
  [CommandId.discardShareDraft]: 'team',
  [CommandId.searchTeamNotes]: 'team',
  [CommandId.filterTeamNotes]: 'team',
  [CommandId.clearTeamNotesFilter]: 'team',
  [CommandId.showSpaceNotes]: 'team',
  [CommandId.readSpaceNotes]: 'team',
  [CommandId.searchSpaceNotes]: 'team',
  [CommandId.filterSpaceNotes]: 'team',
  [CommandId.clearSpaceNotesFilter]: 'team',
  [CommandId.shareLessonAcrossTeams]: 'team',
  [CommandId.shareExperimentAcrossTeams]: 'team',
  [CommandId.shareNoteAcrossTeams]: 'team',
  [CommandId.showMentoring]: 'mentorship',
  [CommandId.connectMentorshipSpace]: 'mentorship',
  [CommandId.joinMentoring]: 'mentorship',
  [CommandId.pauseMentoring]: 'mentorship',
  [CommandId.resumeMentoring]: 'mentorship',
  [CommandId.leaveMentoring]: 'mentorship',
  [CommandId.drawMentoringRound]: 'mentorship',
  [CommandId.verifyMentoringRound]: 'mentorship',
  [CommandId.declareTeamPeak]: 'mentorship',
  [CommandId.markMentoringCheckIn]: 'mentorship',
  [CommandId.exportMentoringRecord]: 'mentorship',
  [CommandId.askMentorsAcrossTeams]: 'mentorship',
  [CommandId.showOfficeHours]: 'rituals',
  [CommandId.prepareOfficeHours]: 'rituals',
  [CommandId.draftOfficeHoursLesson]: 'rituals',
  [CommandId.rateQuarter]: 'rituals',
  [CommandId.addHandedInRatings]: 'rituals',
  [CommandId.exportQuarterlyReview]: 'rituals',
  [CommandId.openQuarterlyReview]: 'rituals',
  [CommandId.rateQuarterAcrossTeams]: 'rituals',
  [CommandId.exportRetroAcrossTeams]: 'rituals',
  [CommandId.openRetroAcrossTeams]: 'rituals',
  [CommandId.buildOrganisationDigest]: 'digest',
  [CommandId.showInsights]: 'insights',
  [CommandId.exportData]: 'data',
  [CommandId.exportCsv]: 'data',
  [CommandId.exportSummary]: 'data',
  [CommandId.importData]: 'data',
  [CommandId.deleteAllData]: 'data',
  [CommandId.openDataFolder]: 'data',
};

export class Features extends Disposable {
  private _checkin: ReturnType<Bundles['sidebar']['createCheckin']> | undefined;
  private _git: GitSignals | undefined;
  private _prompts: PromptsFeature | undefined;
  private _reflection: ReflectionFeature | undefined;
  private _experiments: ExperimentsFeature | undefined;
  private _sidebar: SidebarFeature | undefined;
  private _team: TeamFeature | undefined;
  private _mentorship: MentorshipFeature | undefined;
  private _rituals: RitualsFeature | undefined;
  private _insights: InsightsPanel | undefined;
  private _data: Record<DataCommand, CommandHandler> | undefined;
  private _digest: ReturnType<Bundles['digest']['createDigest']> | undefined;

  /** `distDir`: where the bundles are (the extension's dist/, whichever file this code ended up in). */
  constructor(
    private readonly base: BaseServices,
    private readonly distDir: string,
  ) {
    super();
  }

  private load<K extends keyof Bundles>(name: K): Bundles[K] {
    // A runtime path, so esbuild leaves it alone and the bundle is read only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(this.distDir, `${name}.js`)) as Bundles[K];
  }

  /** Whether the pacing questions have been loaded (what is shown now can only come from them). */
  get loadedPrompts(): PromptsFeature | undefined {
    return this._prompts;
  }

  get git(): GitSignals {
    if (!this._git) {
      this._git = this._register(this.load('sidebar').createGit(this.base));
      this._register(this._git.onBoundary(() => this.mentoringBoundary()));
    }
    return this._git;
  }

  /**
   * A natural boundary (a session's end, a commit, a branch switch): Mentoring may remind of a check-in due this
   * week. Its bundle is loaded only for someone whose user settings name a space.
   */
  mentoringBoundary(): void {
    if (this.base.settings.mentorshipSpaceSet()) void this.mentorship.prompts.atBoundary();
  }

  get prompts(): PromptsFeature {
    return (this._prompts ??= this._register(this.load('sidebar').createPrompts(this.base, this.git)));
  }

  get reflection(): ReflectionFeature {
    return (this._reflection ??= this._register(this.load('sidebar').createReflection(this.base)));
  }

  get experiments(): ExperimentsFeature {
    return (this._experiments ??= this._register(
      this.load('sidebar').createExperiments(this.base, this.reflection.service),
    ));
  }

  get sidebar(): SidebarFeature {
    return (this._sidebar ??= this._register(
      this.load('sidebar').createSidebar(this.base, {
        prompts: this.prompts.service,
        git: this.git,
        reflections: this.reflection.service,
        tracker: this.experiments.tracker,
      }),
    ));
  }

  /** The Micro-Lessons view's rows, built when VS Code first asks for them. */
  lessonTree(view: vscode.TreeView<LessonNode>): LessonTree {
    const { LessonTree } = this.load('sidebar');
    return this._register(new LessonTree(view, this.reflection.service, this.base.experiments));
  }

  /** The Work in Progress view's rows, built when VS Code first asks for them. */
  wipTree(view: vscode.TreeView<WipNode>): WipTree {
    return this._register(this.load('sidebar').createWipTree(this.base, this.git, view));
  }

  /** The Team Notes view's rows, built when VS Code first asks for them. */
  teamTree(view: vscode.TreeView<TeamNode>): TeamTree {
    return this._register(this.team.view.createTree(view));
  }

  /** The Notes Across Teams view's rows (the mentorship space's notes), built when VS Code first asks for them. */
  spaceNotesTree(view: vscode.TreeView<TeamNode>): TeamTree {
    return this._register(this.team.space.view.createTree(view));
  }

  get team(): TeamFeature {
    return (this._team ??= this._register(
      this.load('team').createTeam(this.base, this.reflection.service, (template, hypothesis) =>
        this.experiments.startWith(template, hypothesis),
      ),
    ));
  }

  get mentorship(): MentorshipFeature {
    return (this._mentorship ??= this._register(this.load('mentorship').createMentorship(this.base)));
  }

  /** The Mentoring view's rows, built when VS Code first asks for them. */
  mentoringTree(view: vscode.TreeView<MentoringNode>): MentoringTree {
    return this._register(this.mentorship.createTree(view));
  }

  /** Office hours (and, later, reviews): the space from Mentoring, drafts from Notes Across Teams when needed. */
  get rituals(): RitualsFeature {
    return (this._rituals ??= this._register(
      this.load('mentorship').createRituals(this.base, this.mentorship, () => this.team),
    ));
  }

  /** The Office Hours & Reviews view's rows, built when VS Code first asks for them. */
  ritualsTree(view: vscode.TreeView<RitualsNode>): RitualsTree {
    return this._register(this.rituals.createTree(view));
  }

  get insights(): InsightsPanel {
    return (this._insights ??= this._register(
      this.load('insights').createInsights(this.base, (template) => this.experiments.startWith(template, '')),
    ));
  }

  private get data(): Record<DataCommand, CommandHandler> {
    return (this._data ??= this.load('data').createData(this.base, () => this.prompts.service.reset()));
  }

  private commandsOf(feature: CommandFeature): Partial<Record<FeatureCommand, CommandHandler>> {
    switch (feature) {
      case 'checkin':
        return (this._checkin ??= this.load('sidebar').createCheckin(this.base)).commands;
      case 'prompts':
        return this.prompts.commands;
      case 'reflection':
        return this.reflection.commands;
      case 'experiments':
        return this.experiments.commands;
      case 'team':
        return this.team.commands;
      case 'mentorship':
        return this.mentorship.commands;
      case 'rituals':
        return this.rituals.commands;
      case 'insights':
        return { [CommandId.showInsights]: (arg) => this.insights.show(arg) };
      case 'data':
        return this.data;
      case 'digest':
        return (this._digest ??= this._register(this.load('digest').createDigest(this.base))).commands;
    }
  }

  /** Runs a palette command, loading its feature (and what that feature needs) first. */
  run(id: FeatureCommand, arg?: unknown): Promise<boolean> {
    return this.commandsOf(COMMAND_FEATURE[id])[id]!(arg);
  }
}
