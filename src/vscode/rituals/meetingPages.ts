// The two meetings the review page walks: the team's quarterly review (the team folder) and the retrospective across
// teams (the mentorship space) — where each reads and saves, and the words that say so.
import * as vscode from 'vscode';
import { CommandId, RETRO_VIEW_TYPE, REVIEW_VIEW_TYPE } from '../commandIds';
import type { TeamService } from '../team/teamService';
import type { PageMeeting } from './reviewPanel';
import { retroPageModel } from './retroPage';
import type { RetroService } from './retroService';
import { reviewPageModel } from './reviewPage';
import type { ReviewService } from './reviewService';

export const teamReviewMeeting = (review: ReviewService, team: () => TeamService): PageMeeting => ({
  viewType: REVIEW_VIEW_TYPE,
  tabTitle: vscode.l10n.t('Quarterly Review'),
  place: team,
  model: () => reviewPageModel(review.meeting()),
  minGroup: () => review.minGroup(),
  draftReview: (actions, votes) => review.draftReview(actions, votes),
  saveReview: (r) => review.saveReview(r),
  exportCommand: CommandId.exportQuarterlyReview,
  question: (quarter) => vscode.l10n.t('Save the review of {0}?', quarter),
  where: vscode.l10n.t(
    'The file goes to .pacewise/reviews/ and replaces the quarter’s earlier review. Git records who commits it and when.',
  ),
  saved: (path) => vscode.l10n.t('Saved {0}. Commit it so the team has it.', path),
});

export const retroMeeting = (retro: RetroService, review: ReviewService, space: () => TeamService): PageMeeting => ({
  viewType: RETRO_VIEW_TYPE,
  tabTitle: vscode.l10n.t('Retrospective Across Teams'),
  place: space,
  model: () => retroPageModel(retro.meeting()),
  minGroup: () => review.minGroup(),
  draftReview: (actions, votes) => retro.draftReview(actions, votes),
  saveReview: (r) => retro.saveReview(r),
  exportCommand: CommandId.exportRetroAcrossTeams,
  question: (quarter) => vscode.l10n.t('Save the retrospective across teams of {0}?', quarter),
  where: vscode.l10n.t(
    'The file goes to the mentorship space’s .pacewise/reviews/ and replaces the quarter’s earlier retrospective. Every team reads it; git records who commits it and when.',
  ),
  saved: (path) => vscode.l10n.t('Saved {0} in the mentorship space. Commit it and push so every team has it.', path),
});
