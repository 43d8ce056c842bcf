import type { SidebarPart } from '../shared/protocol';
/** Every command Pacewise contributes; package.json lists the same ids (checked by a test). */
export const CommandId = {
  startFocusSession: 'pacewise.startFocusSession',
  pauseSession: 'pacewise.pauseSession',
  resumeSession: 'pacewise.resumeSession',
  togglePause: 'pacewise.togglePause',
  stopSession: 'pacewise.stopSession',
  extendSession: 'pacewise.extendSession',
  startBreak: 'pacewise.startBreak',
  skipBreak: 'pacewise.skipBreak',
  logInterruption: 'pacewise.logInterruption',
  showToday: 'pacewise.showToday',
  showActions: 'pacewise.showActions',
  showSidebar: 'pacewise.showSidebar',
  checkIn: 'pacewise.checkIn',
  addWipItem: 'pacewise.addWipItem',
  suggestPrompt: 'pacewise.suggestPrompt',
  resetPrompts: 'pacewise.resetPrompts',
  completeWipItem: 'pacewise.completeWipItem',
  parkWipItem: 'pacewise.parkWipItem',
  resumeWipItem: 'pacewise.resumeWipItem',
  renameWipItem: 'pacewise.renameWipItem',
  workOnWipItem: 'pacewise.workOnWipItem',
  moveWipItemUp: 'pacewise.moveWipItemUp',
  moveWipItemDown: 'pacewise.moveWipItemDown',
  reflectOnWeek: 'pacewise.reflectOnWeek',
  startExperiment: 'pacewise.startExperiment',
  showExperiment: 'pacewise.showExperiment',
  abandonExperiment: 'pacewise.abandonExperiment',
  concludeExperiment: 'pacewise.concludeExperiment',
  exportLessons: 'pacewise.exportLessons',
  showTeamNotes: 'pacewise.showTeamNotes',
  shareLesson: 'pacewise.shareLesson',
  shareExperiment: 'pacewise.shareExperiment',
  askMentors: 'pacewise.askMentors',
  readTeamNotes: 'pacewise.readTeamNotes',
  editLesson: 'pacewise.editLesson',
  withdrawNote: 'pacewise.withdrawNote',
  openTeamNote: 'pacewise.openTeamNote',
  annotateTeamNote: 'pacewise.annotateTeamNote',
  adoptTeamNote: 'pacewise.adoptTeamNote',
  editTeamNote: 'pacewise.editTeamNote',
  continueShareDraft: 'pacewise.continueShareDraft',
  discardShareDraft: 'pacewise.discardShareDraft',
  searchTeamNotes: 'pacewise.searchTeamNotes',
  filterTeamNotes: 'pacewise.filterTeamNotes',
  clearTeamNotesFilter: 'pacewise.clearTeamNotesFilter',
  showMentoring: 'pacewise.showMentoring',
  connectMentorshipSpace: 'pacewise.connectMentorshipSpace',
  joinMentoring: 'pacewise.joinMentoring',
  pauseMentoring: 'pacewise.pauseMentoring',
  resumeMentoring: 'pacewise.resumeMentoring',
  leaveMentoring: 'pacewise.leaveMentoring',
  drawMentoringRound: 'pacewise.drawMentoringRound',
  verifyMentoringRound: 'pacewise.verifyMentoringRound',
  declareTeamPeak: 'pacewise.declareTeamPeak',
  markMentoringCheckIn: 'pacewise.markMentoringCheckIn',
  showInsights: 'pacewise.showInsights',
  exportData: 'pacewise.exportData',
  exportCsv: 'pacewise.exportCsv',
  exportSummary: 'pacewise.exportSummary',
  importData: 'pacewise.importData',
  deleteAllData: 'pacewise.deleteAllData',
  openDataFolder: 'pacewise.openDataFolder',
} as const;

/** The container's webview views, by the part of the sidebar each draws (`<id>.focus` reveals one). */
export const SIDEBAR_VIEW_IDS = {
  now: 'pacewise.now',
  experiment: 'pacewise.experiment',
  week: 'pacewise.week',
} as const satisfies Record<SidebarPart, string>;
/** The Insights panel's view type (also an `onWebviewPanel:` activation event: VS Code restores it after a reload). */
export const INSIGHTS_VIEW_TYPE = 'pacewise.insights';
/** The editor tab with a team note's detail or a share preview (restored by VS Code after a reload). */
export const TEAM_NOTE_VIEW_TYPE = 'pacewise.teamNote';
/** The Team Notes view (a tree), in the Pacewise Team container. */
export const TEAM_VIEW_ID = 'pacewise.team';
/** The Mentoring view (a tree), in the Pacewise Team container beside Team Notes. */
export const MENTORING_VIEW_ID = 'pacewise.mentoring';
/** The Work in Progress view (a tree), in the same container, and what its rows carry when dragged. */
export const WIP_VIEW_ID = 'pacewise.wip';
export const WIP_TREE_MIME = 'application/vnd.code.tree.pacewise.wip';
/** The Micro-Lessons view (a tree), in the same container. */
export const LESSONS_VIEW_ID = 'pacewise.lessons';

/** Commands registered at activation whose code is loaded on first use (src/features.ts says from which bundle). */
export const FEATURE_COMMANDS = [
  CommandId.checkIn,
  CommandId.suggestPrompt,
  CommandId.resetPrompts,
  CommandId.reflectOnWeek,
  CommandId.editLesson,
  CommandId.startExperiment,
  CommandId.showExperiment,
  CommandId.concludeExperiment,
  CommandId.abandonExperiment,
  CommandId.exportLessons,
  CommandId.showTeamNotes,
  CommandId.shareLesson,
  CommandId.shareExperiment,
  CommandId.askMentors,
  CommandId.readTeamNotes,
  CommandId.withdrawNote,
  CommandId.openTeamNote,
  CommandId.annotateTeamNote,
  CommandId.adoptTeamNote,
  CommandId.editTeamNote,
  CommandId.continueShareDraft,
  CommandId.discardShareDraft,
  CommandId.searchTeamNotes,
  CommandId.filterTeamNotes,
  CommandId.clearTeamNotesFilter,
  CommandId.showMentoring,
  CommandId.connectMentorshipSpace,
  CommandId.joinMentoring,
  CommandId.pauseMentoring,
  CommandId.resumeMentoring,
  CommandId.leaveMentoring,
  CommandId.drawMentoringRound,
  CommandId.verifyMentoringRound,
  CommandId.declareTeamPeak,
  CommandId.markMentoringCheckIn,
  CommandId.showInsights,
  CommandId.exportData,
  CommandId.exportCsv,
  CommandId.exportSummary,
  CommandId.importData,
  CommandId.deleteAllData,
  CommandId.openDataFolder,
] as const;
export type FeatureCommand = (typeof FEATURE_COMMANDS)[number];
