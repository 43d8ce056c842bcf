import * as vscode from 'vscode';
import { DIRECTIONS, NOTE_KINDS, NOTE_TEXT_FIELDS, aggregateByTemplate } from '../../core/team/teamNote';
import { TEMPLATE_IDS, TemplateId } from '../../core/experiments/experimentTemplates';
import { LoadedNote, NoteFilter } from '../../core/team/teamBoard';
import { DraftField, draftFields, fieldLimit, ShareDraft } from '../../core/team/shareDraft';
import { Segment } from '../../core/team/anonymizer';
import {
  DraftModel,
  NoteDetailModel,
  NoteSummaryModel,
  Option,
  SegmentModel,
  TeamFilterModel,
  TeamModel,
} from '../../shared/teamProtocol';
import { FactModel } from '../../shared/protocol';
import { metricName, templateTitle } from '../experiments/experimentText';
import { TeamService } from './teamService';
import {
  adherenceWords,
  directionWord,
  durationWords,
  fieldLabel,
  readerFieldLabel,
  kindLabel,
  noteTitle,
  outcomeLines,
  problemText,
  weekLabel,
} from './teamText';
import { Metric } from '../../core/dayMetrics';

/** At most this many notes are listed at once; the rest are counted ("refine the search"). */
export const MAX_LISTED = 200;

export interface TeamViewState {
  filter: TeamFilterModel;
  detailId?: string;
  draftId?: string;
}

export function toNoteFilter(f: TeamFilterModel): NoteFilter {
  return {
    query: f.query,
    kind: (NOTE_KINDS as readonly string[]).includes(f.kind) ? (f.kind as NoteFilter['kind']) : undefined,
    template: (TEMPLATE_IDS as readonly string[]).includes(f.template) ? (f.template as TemplateId) : undefined,
    outcome: (DIRECTIONS as readonly string[]).includes(f.outcome) ? (f.outcome as NoteFilter['outcome']) : undefined,
  };
}

function summary(e: LoadedNote, annotations: number, own: boolean, unverified: boolean): NoteSummaryModel {
  const n = e.note;
  return {
    ...(unverified
      ? {
          notice: vscode.l10n.t('Says it replaces another note, which someone else added: both are shown.'),
        }
      : {}),
    id: n.id,
    kind: n.kind,
    kindLabel: kindLabel(n.kind),
    week: weekLabel(n.week),
    title: noteTitle(n),
    template: n.template && templateTitle(n.template),
    ...(n.team ? { team: n.team } : {}),
    tags: n.tags,
    annotations,
    own,
    outcomes: outcomeLines(n.outcomes),
  };
}

function detail(service: TeamService, id: string): NoteDetailModel | undefined {
  const board = service.board;
  const e = board.notes.find((n) => n.note.id === id);
  if (!e) return undefined;
  const own = service.own;
  const list = board.annotations.get(id) ?? [];
  const n = e.note;
  const facts: FactModel[] = [{ term: vscode.l10n.t('Week'), value: weekLabel(n.week) }];
  if (n.team) facts.push({ term: vscode.l10n.t('Team'), value: n.team });
  if (n.with) facts.push({ term: vscode.l10n.t('Office hours with'), value: n.with });
  if (n.template) facts.push({ term: vscode.l10n.t('Experiment'), value: templateTitle(n.template) });
  if (n.duration) facts.push({ term: vscode.l10n.t('Length'), value: durationWords(n.duration) });
  if (n.adherence) facts.push({ term: vscode.l10n.t('Kept to it'), value: adherenceWords(n.adherence) });
  for (const line of outcomeLines(n.outcomes)) facts.push({ term: vscode.l10n.t('Outcome'), value: line });
  if (n.pseudonym) facts.push({ term: vscode.l10n.t('Thread'), value: n.pseudonym.slice(0, 6) });
  return {
    ...summary(e, list.length, own.has(id), board.unverifiedReplacements.has(id)),
    facts,
    fields: NOTE_TEXT_FIELDS.filter((f) => n.text[f]).map((f) => ({
      label: own.has(id) ? fieldLabel(f, n.kind) : readerFieldLabel(f, n.kind),
      text: n.text[f] as string,
    })),
    annotationList: list.map((a) => ({
      id: a.annotation.id,
      week: weekLabel(a.annotation.week),
      text: a.annotation.text,
      own: own.has(a.annotation.id),
    })),
    canAdopt: !!n.template,
  };
}

function draftHeading(d: ShareDraft): string {
  if (d.source.kind === 'annotation') return vscode.l10n.t('Annotate a note');
  if (d.source.kind === 'edit') return vscode.l10n.t('Edit your note (shared as a new version)');
  if (d.source.kind === 'copy') return vscode.l10n.t('Share your note with other teams');
  if (d.kind === 'question') return vscode.l10n.t('Ask mentors a question');
  if (d.kind === 'challenge') return vscode.l10n.t('Prepare your pacing challenge for office hours');
  if (d.kind === 'experimentReport') return vscode.l10n.t('Share an experiment report');
  return vscode.l10n.t('Share a micro-lesson');
}

const segmentModels = (segments: Segment[], kept: ReadonlySet<string>): SegmentModel[] =>
  segments.map((s) =>
    'kind' in s ? { text: s.text, kind: s.kind, original: s.original, kept: kept.has(s.original) } : { text: s.text },
  );

async function draftModel(service: TeamService, d: ShareDraft): Promise<DraftModel> {
  const p = await service.preview(d);
  const kept = new Set(d.kept);
  const facts: FactModel[] = [
    { term: vscode.l10n.t('Kind'), value: d.kind ? kindLabel(d.kind) : vscode.l10n.t('Annotation') },
    { term: vscode.l10n.t('Week'), value: weekLabel(d.week) },
  ];
  if (d.meeting)
    facts.push(
      { term: vscode.l10n.t('Team'), value: d.meeting.team },
      { term: vscode.l10n.t('Office hours with'), value: d.meeting.with },
    );
  if (d.template) facts.push({ term: vscode.l10n.t('Experiment'), value: templateTitle(d.template) });
  if (d.duration) facts.push({ term: vscode.l10n.t('Length'), value: durationWords(d.duration) });
  if (d.adherence) facts.push({ term: vscode.l10n.t('Kept to it'), value: adherenceWords(d.adherence) });
  for (const [m, dir] of Object.entries(d.outcomes ?? {}))
    facts.push({ term: metricName(m as Metric), value: directionWord(dir) });
  const fields = draftFields(d);
  return {
    id: d.id,
    heading: draftHeading(d),
    revision: d.revision,
    facts,
    fields: p.fields.map((f, i) => ({
      field: fields[i],
      label: fieldLabel(fields[i] as DraftField, d.kind),
      value: d.fields[fields[i]] ?? '',
      max: fieldLimit(fields[i]),
      segments: segmentModels(f.segments, kept),
    })),
    tags: { value: d.tags, segments: p.tags.map((t) => segmentModels(t, kept)) },
    pseudonym: d.experimentId ? d.linkPseudonym : undefined,
    path: p.path,
    fileText: p.fileText,
    summary:
      p.findings === 0
        ? vscode.l10n.t('Nothing was found to redact. Read it once more before sharing.')
        : vscode.l10n.t('{0} redacted, {1} kept as written.', p.findings - p.keptFindings, p.keptFindings),
    problems: p.problems.map(problemText),
    ...(await destination(service)),
  };
}

/** Where a shared note goes, said when it matters: not a git repository, or one folder of several. */
async function destination(service: TeamService): Promise<Pick<DraftModel, 'destination' | 'unreceived'>> {
  const folder = service.hostFolder;
  if (!folder) return {};
  if ((await service.inGit()) === false)
    return {
      unreceived: true,
      destination: vscode.l10n.t(
        '“{0}” is not a git repository. Pacewise can write the note here, but no teammate receives it until this folder is in a repository your team shares.',
        folder.name,
      ),
    };
  if (service.place.kind === 'space')
    return {
      destination: vscode.l10n.t('Written to the mentorship space “{0}”, where the other teams read it.', folder.name),
    };
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1
    ? { destination: vscode.l10n.t('Written into the workspace folder “{0}”.', folder.name) }
    : {};
}

/** The Team notes view's line in a multi-root workspace: whose notes these are, and how to choose another folder. */
function folderLine(service: TeamService): string | undefined {
  const count = vscode.workspace.workspaceFolders?.length ?? 0;
  const folder = service.hostFolder;
  if (count < 2 || !folder || service.place.kind === 'space') return undefined;
  return vscode.l10n.t(
    'Notes of the workspace folder “{0}” (one of {1}). The setting pacewise.team.folder chooses another.',
    folder.name,
    count,
  );
}

/** What each filter can be set to, worded. */
export function filterOptions(): { kinds: Option[]; templates: Option[]; outcomes: Option[] } {
  return {
    kinds: NOTE_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
    templates: TEMPLATE_IDS.map((t) => ({ value: t, label: templateTitle(t) })),
    outcomes: DIRECTIONS.map((d) => ({ value: d, label: vscode.l10n.t('Some outcome {0}', directionWord(d)) })),
  };
}

/** The Team notes view's snapshot: everything it shows, worded, with note text as plain data. */
export async function teamModel(service: TeamService, state: TeamViewState): Promise<TeamModel> {
  const board = service.board;
  const own = service.own;
  const found = service.search(toNoteFilter(state.filter));
  const draft = service.drafts.find((d) => d.id === state.draftId);
  const aggregates: TeamModel['aggregates'] = [];
  const contributors = board.notes.some((n) => n.note.template) ? service.contributorsNow() : undefined;
  if (contributors) {
    const { shown } = aggregateByTemplate(
      board.notes.map((n) => n.note),
      (n) => contributors.get(n.id),
    );
    for (const a of shown)
      aggregates.push({
        template: templateTitle(a.template),
        notes: a.notes,
        outcomes: Object.entries(a.outcomes).map(([m, c]) =>
          vscode.l10n.t(
            '{0}: {1} higher, {2} about the same, {3} lower',
            metricName(m as Metric),
            c.higher,
            c.same,
            c.lower,
          ),
        ),
      });
  }
  return {
    state: service.state,
    filter: state.filter,
    total: board.notes.length,
    notes: found
      .slice(0, MAX_LISTED)
      .map((e) =>
        summary(
          e,
          board.annotations.get(e.note.id)?.length ?? 0,
          own.has(e.note.id),
          board.unverifiedReplacements.has(e.note.id),
        ),
      ),
    more: Math.max(0, found.length - MAX_LISTED),
    detail: state.detailId ? detail(service, state.detailId) : undefined,
    draft: draft && (await draftModel(service, draft)),
    drafts: service.drafts.map((d) => ({ id: d.id, heading: draftHeading(d) })),
    aggregates,
    unreadable: service.problems.unreadable.slice(0, 50),
    unreadableCount: service.problems.unreadable.length,
    unknownSetting: service.unknownSetting,
    folderName: service.hostFolder?.name,
    folderLine: folderLine(service),
    skipped: service.problems.skipped,
  };
}
