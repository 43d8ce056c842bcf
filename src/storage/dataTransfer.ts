import {
  badHistoryRecord,
  badWip,
  emptySummary,
  ImportSummary,
  mergeExperiments,
  mergeJournal,
  mergeMentoring,
  mergeTeam,
  mergeWip,
  newHistory,
} from '../core/data/importMerge';
import { hasForbiddenKey } from '../core/team/teamRecord';
import { HistoryAppend } from '../core/types';
import { DocSchema, isObject, readEnvelope } from './docSchema';
import { PacewiseStore } from './pacewiseStore';
import {
  experimentsSchema,
  historySchema,
  journalSchema,
  mentoringLocalSchema,
  teamLocalSchema,
  wipSchema,
} from './schemas';

/** The export file: every personal document as the store keeps it (`{ schema, v, data }`), so older exports migrate. */
export const EXPORT_SCHEMA = 'pacewise.export';
export const EXPORT_VERSION = 1;
/** An export larger than this is refused before parsing (3 years of heavy use is a few MB). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const DOCUMENTS = {
  history: historySchema,
  wip: wipSchema,
  journal: journalSchema,
  experiments: experimentsSchema,
  team: teamLocalSchema,
  mentoring: mentoringLocalSchema,
} as const;
type DocName = keyof typeof DOCUMENTS;
export type ExportData = { [K in DocName]: (typeof DOCUMENTS)[K] extends DocSchema<infer T> ? T : never };

/** Reads everything personal (the running session is not history yet and stays out). */
export async function collectExport(store: PacewiseStore): Promise<ExportData> {
  return {
    history: await store.readAllHistory(),
    wip: await store.read('wip'),
    journal: await store.read('journal'),
    experiments: await store.read('experiments'),
    team: await store.read('team'),
    mentoring: await store.read('mentoring'),
  };
}

/** The export file's text (stable key order, two-space indent, so two exports of the same data are equal). */
export function exportText(data: ExportData, exportedAt: Date): string {
  const documents = Object.fromEntries(
    (Object.keys(DOCUMENTS) as DocName[]).map((name) => [
      name,
      { schema: DOCUMENTS[name].name, v: DOCUMENTS[name].version, data: data[name] },
    ]),
  );
  return `${JSON.stringify({ schema: EXPORT_SCHEMA, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), documents }, null, 2)}\n`;
}

/** Parses and validates an export completely; any problem refuses the whole file (nothing is imported). */
export function parseExport(raw: string): { ok: true; data: ExportData } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (raw.length > MAX_IMPORT_BYTES) return fail(`the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    return fail('the file is not valid JSON');
  }
  if (!isObject(json) || json.schema !== EXPORT_SCHEMA) return fail('the file is not a Pacewise export');
  if (typeof json.version !== 'number' || !Number.isInteger(json.version)) return fail('the export has no version');
  if (json.version > EXPORT_VERSION) return fail('the export was made by a newer Pacewise');
  if (hasForbiddenKey(json, 32)) return fail('the file uses a reserved key (__proto__, constructor or prototype)');
  const documents = json.documents;
  if (!isObject(documents)) return fail('the export has no documents');
  const data: Partial<Record<DocName, unknown>> = {};
  for (const name of Object.keys(DOCUMENTS) as DocName[]) {
    const schema = DOCUMENTS[name] as DocSchema<unknown>;
    if (documents[name] === undefined) {
      data[name] = schema.defaults();
      continue;
    }
    const read = readEnvelope(documents[name], schema);
    if (!read.ok) return fail(`${name}: ${read.reason}`);
    if (read.newer) return fail(`${name} was written by a newer Pacewise`);
    data[name] = read.data;
  }
  const out = data as ExportData;
  const bad = badHistoryRecord(out.history) ?? badWip(out.wip);
  if (bad) return fail(`${bad} is malformed`);
  return { ok: true, data: out };
}

/**
 * Merges an export into the store (records by id, nothing duplicated, nothing here overwritten). With `dryRun` it
 * only counts what would be added. Each document is merged under its own lock; a repeat adds nothing.
 */
export async function importData(store: PacewiseStore, data: ExportData, dryRun: boolean): Promise<ImportSummary> {
  const summary = emptySummary();
  const history = newHistory(await store.readAllHistory(), data.history, summary);
  if (dryRun) {
    mergeWip(await store.read('wip'), data.wip, summary);
    mergeJournal(await store.read('journal'), data.journal, summary);
    mergeExperiments(await store.read('experiments'), data.experiments, summary);
    mergeTeam(await store.read('team'), data.team, summary);
    mergeMentoring(await store.read('mentoring'), data.mentoring, summary);
    return summary;
  }
  await store.appendHistory(history);
  // Counted again under the locks: what is written is what the summary says.
  const counted = { ...emptySummary(), ...pick(summary) };
  const merge =
    <T>(fn: (l: T, i: T, s: ImportSummary) => T, incoming: T) =>
    (current: T) => {
      const doc = fn(current, incoming, counted);
      return { doc, changed: JSON.stringify(doc) !== JSON.stringify(current), result: undefined };
    };
  await store.update('wip', merge(mergeWip, data.wip));
  await store.update('journal', merge(mergeJournal, data.journal));
  await store.update('experiments', merge(mergeExperiments, data.experiments));
  await store.update('team', merge(mergeTeam, data.team));
  await store.update('mentoring', merge(mergeMentoring, data.mentoring));
  return counted;
}

const pick = (s: ImportSummary): Pick<ImportSummary, keyof HistoryAppend> => ({
  sessions: s.sessions,
  breaks: s.breaks,
  interruptions: s.interruptions,
  checkins: s.checkins,
  workItems: s.workItems,
});
