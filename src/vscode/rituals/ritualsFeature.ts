// Rituals (in dist/mentorship.js): rotating office hours, read from the mentorship space's charter and peaks, the
// pacing challenge each team brings, and the team's quarterly pacing review from its own `.pacewise/ratings/` —
// loaded when the Office Hours & Reviews view is first shown or one of its commands runs. The space comes from the
// Mentoring feature; drafts, previews and the team folder from Team Notes.
import * as vscode from 'vscode';
import type { BaseServices, FeatureCommands } from '../featureServices';
import type { MentorshipFeature } from '../mentorship/mentorshipFeature';
import type { TeamFeature } from '../team/teamFeature';
import { OfficeHoursNow, officeHoursNow } from '../../core/rituals/officeHoursNow';
import { OfficeHoursCommand, officeHoursCommands } from './officeHoursCommands';
import { ReviewCommand, reviewCommands } from './reviewCommands';
import { ReviewService } from './reviewService';
import { ReviewPanel } from './reviewPanel';
import { retroMeeting, teamReviewMeeting } from './meetingPages';
import { RetroCommand, retroCommands } from './retroCommands';
import { RetroService } from './retroService';
import { RitualsNode, RitualsTree } from './ritualsTree';

export interface RitualsFeature extends vscode.Disposable {
  commands: FeatureCommands<OfficeHoursCommand | ReviewCommand | RetroCommand>;
  review: ReviewService;
  retro: RetroService;
  createTree(view: vscode.TreeView<RitualsNode>): RitualsTree;
}

export function createRituals(
  base: BaseServices,
  mentorship: MentorshipFeature,
  team: () => TeamFeature,
): RitualsFeature {
  const service = mentorship.service;
  const teamService = () => team().service;
  const review = new ReviewService(teamService, base.settings, service);
  const spaceService = () => team().space.service;
  const retro = new RetroService(spaceService, service, review);
  let page: ReviewPanel | undefined;
  const reviewPage = () => (page ??= new ReviewPanel(base.extensionUri, teamReviewMeeting(review, teamService)));
  let retroPanel: ReviewPanel | undefined;
  const retroPage = () =>
    (retroPanel ??= new ReviewPanel(base.extensionUri, retroMeeting(retro, review, spaceService)));
  // The schedule is computed from the charter's start (up to ~200 ms for 40 teams after ten years of peaks): once per
  // read of the space, team and week, not on every look at the view.
  let last: { space: object; team?: string; week: string; now: OfficeHoursNow } | undefined;
  const now = (): OfficeHoursNow => {
    if (service.state.kind !== 'ready') return { kind: 'notSetUp' };
    const space = service.state.space;
    const team = service.own()?.team;
    const week = service.thisWeek();
    if (last?.space !== space || last.team !== team || last.week !== week)
      last = { space, team, week, now: officeHoursNow(space, team, week) };
    return last.now;
  };
  return {
    commands: {
      ...officeHoursCommands(service, team, now),
      ...reviewCommands(review, teamService, reviewPage),
      ...retroCommands(retro, service, spaceService, retroPage),
    },
    review,
    retro,
    createTree: (view) => {
      // The review reads the workspace's team folder: the view starts it, and follows it and the settings.
      const t = teamService();
      // The retrospective across teams reads the space's ratings: only once a space is set.
      const sp = spaceService();
      return new RitualsTree(
        view,
        service,
        now,
        {
          ready: t.start(),
          now: () => (t.state === 'ready' ? review.now() : undefined),
          onDidChange: (listener) =>
            vscode.Disposable.from(t.onDidChange(listener), base.settings.onDidChange(listener)),
        },
        {
          ready: sp.start(),
          now: () => (sp.state === 'ready' ? retro.now() : undefined),
          onDidChange: (listener) =>
            vscode.Disposable.from(sp.onDidChange(listener), base.settings.onDidChange(listener)),
        },
      );
    },
    dispose: () => {
      page?.dispose();
      retroPanel?.dispose();
    },
  };
}
