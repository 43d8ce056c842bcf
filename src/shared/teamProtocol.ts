/**
 * Messages between the extension host and the Team notes view. As in protocol.ts: host → webview messages are full
 * snapshots of facts, already worded; webview → host messages are intents, validated on arrival. Note text comes from
 * teammates, so the webview renders every field as text.
 */
import { messageSize, type FactModel, type SidebarStrings } from './protocol';
import { ID_PATTERN } from './guards';

export interface NoteSummaryModel {
  id: string;
  kind: 'lesson' | 'experimentReport' | 'question' | 'challenge';
  /** "Micro-lesson", "Experiment report", "Question for mentors". */
  kindLabel: string;
  /** "Week 47, 2026". */
  week: string;
  title: string;
  template?: string;
  /** The team the author chose to name (notes across teams), as written. */
  team?: string;
  tags: string[];
  annotations: number;
  own: boolean;
  /** "Stress: lower". */
  outcomes: string[];
  /** Set when the note says it replaces another note that someone else added (both are shown). */
  notice?: string;
}

export interface NoteDetailModel extends NoteSummaryModel {
  facts: FactModel[];
  fields: { label: string; text: string }[];
  annotationList: { id: string; week: string; text: string; own: boolean }[];
  canAdopt: boolean;
}

/** A piece of a previewed text: plain, or a finding (highlighted, with its original and whether it is kept). */
export interface SegmentModel {
  text: string;
  kind?: string;
  original?: string;
  kept?: boolean;
}

export interface DraftModel {
  id: string;
  heading: string;
  revision: number;
  facts: FactModel[];
  fields: { field: string; label: string; value: string; max: number; segments: SegmentModel[] }[];
  tags: { value: string; segments: SegmentModel[][] };
  pseudonym?: boolean;
  path: string;
  fileText: string;
  /** "3 redactions, 1 kept as written". */
  summary: string;
  /** Where the note goes and who will receive it, when that is not simply "this repository": worded. */
  destination?: string;
  /** Set when nobody would receive the note (the folder is not a git repository). */
  unreceived?: boolean;
  problems: string[];
}

export interface TeamFilterModel {
  query: string;
  kind: string;
  template: string;
  outcome: string;
}

export interface TeamModel {
  state: 'noFolder' | 'untrusted' | 'loading' | 'ready';
  filter: TeamFilterModel;
  total: number;
  notes: NoteSummaryModel[];
  /** Notes that pass the filter but are not listed (refine the search). */
  more: number;
  detail?: NoteDetailModel;
  draft?: DraftModel;
  drafts: { id: string; heading: string }[];
  aggregates: { template: string; notes: number; outcomes: string[] }[];
  /** The first 50 files that could not be shown, and how many there are in all. */
  unreadable: { path: string; problem: string }[];
  unreadableCount: number;
  skipped: number;
  /** A `pacewise.team.folder` value that names no workspace folder. */
  unknownSetting?: string;
  folderName?: string;
  /** In a multi-root workspace: which folder's notes these are, worded (one folder is read). */
  folderLine?: string;
}

export interface Option {
  value: string;
  label: string;
}

export type TeamHostMessage = {
  type: 'team';
  team: TeamModel;
  strings: SidebarStrings;
  /** Moves keyboard focus after a user's action: into the preview or the detail ("list" is the host's: the tree). */
  focus?: 'draft' | 'detail' | 'list';
  announce?: string;
};

export const TEAM_ACTIONS = ['closeDetail'] as const;
export type TeamAction = (typeof TEAM_ACTIONS)[number];
export const NOTE_OPS = ['open', 'annotate', 'adopt', 'edit', 'withdraw'] as const;
export type NoteOp = (typeof NOTE_OPS)[number];
export const DRAFT_OPS = ['open', 'close', 'discard'] as const;
export type DraftOp = (typeof DRAFT_OPS)[number];

export type TeamWebviewMessage =
  | { type: 'ready' }
  | { type: 'action'; action: TeamAction }
  | { type: 'note'; op: NoteOp; id: string }
  | { type: 'draft'; op: DraftOp; id: string }
  | { type: 'edit'; id: string; field: string; value: string }
  | { type: 'keep'; id: string; original: string; keep: boolean }
  | { type: 'pseudonym'; id: string; on: boolean }
  | { type: 'share'; id: string; revision: number };

export const MAX_TEAM_MESSAGE_CHARS = 4_000;
const ID = ID_PATTERN;
const FIELD = /^[a-z]{1,16}$/;

/** Returns the message when it is a known intent with the right fields, or undefined (it is then ignored). */
export function parseTeamMessage(raw: unknown): TeamWebviewMessage | undefined {
  const size = messageSize(raw);
  if (size === undefined || size > MAX_TEAM_MESSAGE_CHARS) return undefined;
  const m = raw as Record<string, unknown>;
  const n = Object.keys(m).length;
  const id = typeof m.id === 'string' && ID.test(m.id) ? m.id : undefined;
  const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
  switch (m.type) {
    case 'ready':
      return n === 1 ? { type: 'ready' } : undefined;
    case 'action':
      return n === 2 && (TEAM_ACTIONS as readonly unknown[]).includes(m.action)
        ? { type: 'action', action: m.action as TeamAction }
        : undefined;
    case 'note':
      return n === 3 && id && (NOTE_OPS as readonly unknown[]).includes(m.op)
        ? { type: 'note', op: m.op as NoteOp, id }
        : undefined;
    case 'draft':
      return n === 3 && id && (DRAFT_OPS as readonly unknown[]).includes(m.op)
        ? { type: 'draft', op: m.op as DraftOp, id }
        : undefined;
    case 'edit':
      return n === 4 && id && typeof m.field === 'string' && FIELD.test(m.field) && str(m.value, 1_200)
        ? { type: 'edit', id, field: m.field, value: m.value }
        : undefined;
    case 'keep':
      return n === 4 && id && str(m.original, 1_200) && typeof m.keep === 'boolean'
        ? { type: 'keep', id, original: m.original, keep: m.keep }
        : undefined;
    case 'pseudonym':
      return n === 3 && id && typeof m.on === 'boolean' ? { type: 'pseudonym', id, on: m.on } : undefined;
    case 'share':
      return n === 3 && id && Number.isInteger(m.revision) && (m.revision as number) >= 0
        ? { type: 'share', id, revision: m.revision as number }
        : undefined;
    default:
      return undefined;
  }
}
