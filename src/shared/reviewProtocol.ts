/**
 * Messages between the extension host and the quarterly review page. As in protocol.ts: the host sends full
 * snapshots, already worded; the page sends intents, checked here for shape and by the host for meaning (the actions'
 * text as a review file may hold it, the vote's counts).
 */
import { messageSize } from './protocol';

export interface ReviewListModel {
  heading: string;
  /** Shown when `items` is empty. */
  empty: string;
  items: { text: string; meta?: string }[];
}

export interface ReviewTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ReviewPageModel {
  /** "Quarterly pacing review: Q4 2026 (1 Oct – 31 Dec)" (or the retrospective across teams'). */
  title: string;
  intro: string;
  lastActions: ReviewListModel;
  ratings: {
    heading: string;
    /** "10 ratings, distributions only…" or "Not enough ratings yet…". */
    summary: string;
    table?: ReviewTable;
    /** The retrospective across teams: each team of the space, alphabetical, its table only from the minimum group. */
    teams?: { name: string; summary: string; table?: ReviewTable }[];
  };
  tried: ReviewListModel;
  proposals: {
    heading: string;
    empty: string;
    /** One per dimension at least the minimum group rated red: its sentence and the action line it adds. */
    items: { text: string; action: string }[];
  };
  actions: {
    heading: string;
    hint: string;
    /** What the quarter's saved review (or reviews) agreed. */
    saved: string[];
    max: number;
    maxChars: number;
  };
  vote: {
    heading: string;
    hint: string;
    labels: { yes: string; partly: string; no: string };
    /** The saved vote as the review may show it, worded; absent before one is saved. */
    saved?: string;
  };
  /** Review files that could not be read: listed, used nowhere. */
  unreadable: string[];
  /** Changes whenever what is saved changes: the page then takes the saved actions into its fields. */
  savedKey: string;
  strings: {
    addAction: string;
    addProposal: string;
    /** "Action {0}". */
    actionLabel: string;
    remove: string;
    save: string;
    exportMarkdown: string;
    /** Shown under the vote when a count is not a whole number from 0. */
    badVote: string;
    /** Announced: "Added as action {0}." / "{0} is already an action." / "At most {0} actions." */
    added: string;
    alreadyAdded: string;
    full: string;
  };
}

export type ReviewHostMessage = { type: 'review'; model: ReviewPageModel; announce?: string };

export interface ReviewVotes {
  yes: number;
  partly: number;
  no: number;
}

export type ReviewWebviewMessage =
  { type: 'ready' } | { type: 'save'; actions: string[]; votes: ReviewVotes } | { type: 'export' };

/** Generous shape limits; the host checks each action against what a review file may hold. */
export const MAX_REVIEW_MESSAGE_CHARS = 8_000;
const MAX_SENT_ACTIONS = 16;
const MAX_SENT_ACTION_CHARS = 400;

const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10_000;

/** Returns the message when it is a known intent with well-formed fields, or undefined (ignored). */
export function parseReviewMessage(raw: unknown): ReviewWebviewMessage | undefined {
  const size = messageSize(raw);
  if (size === undefined || size > MAX_REVIEW_MESSAGE_CHARS) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m).sort().join();
  switch (m.type) {
    case 'ready':
      return keys === 'type' ? { type: 'ready' } : undefined;
    case 'export':
      return keys === 'type' ? { type: 'export' } : undefined;
    case 'save': {
      if (keys !== 'actions,type,votes') return undefined;
      const { actions, votes } = m;
      if (
        !Array.isArray(actions) ||
        actions.length > MAX_SENT_ACTIONS ||
        !actions.every((a) => typeof a === 'string' && a.length <= MAX_SENT_ACTION_CHARS)
      )
        return undefined;
      if (typeof votes !== 'object' || votes === null || Array.isArray(votes)) return undefined;
      const v = votes as Record<string, unknown>;
      if (Object.keys(v).sort().join() !== 'no,partly,yes' || !count(v.yes) || !count(v.partly) || !count(v.no))
        return undefined;
      return { type: 'save', actions: actions as string[], votes: { yes: v.yes, partly: v.partly, no: v.no } };
    }
    default:
      return undefined;
  }
}
