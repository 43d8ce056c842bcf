/** `digest.json`, machine-readable (`docs/schemas/digest.schema.json`): one line per cell, written as it goes. */
import type { SafeRow } from '../rituals/reviewResults';
import type { DigestCell, DigestCells, Subject } from './digestCells';
import { DIGEST_SCHEMA, DigestRun } from './digestReport';

/** A row as JSON: each shown count by key, a merged group, the total (the rule already applied). */
const rowJson = <K extends string>(row: SafeRow<K>) => ({
  total: row.total,
  shown: Object.fromEntries(row.shown.map((c) => [c.key, c.count])),
  ...(row.merged ? { merged: row.merged } : {}),
});

const subjectJson = (s: Subject) =>
  'template' in s
    ? { template: s.template }
    : s.kind === 'question'
      ? { kind: s.kind, topic: s.topic }
      : { kind: s.kind };

const cellJson = (c: DigestCell) => ({
  team: c.team,
  quarter: c.quarter,
  ...subjectJson(c.subject),
  contributors: c.contributors,
  notes: c.notes,
  outcomes: Object.fromEntries(Object.entries(c.outcomes).map(([m, row]) => [m, rowJson(row!)])),
  ...(c.adherence ? { adherence: rowJson(c.adherence) } : {}),
});

function* list<T>(items: readonly T[], json: (t: T) => unknown, indent: string): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n${indent}  ${JSON.stringify(json(items[i]))}`;
  yield items.length ? `\n${indent}]` : ']';
}

export function* digestJson(d: DigestCells, run: DigestRun): Generator<string> {
  const field = (name: string, value: unknown) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)},\n`;
  yield '{\n';
  yield field('schema', DIGEST_SCHEMA);
  yield field('v', '1.0');
  yield field('minContributors', d.minContributors);
  yield field('quarters', d.quarters);
  yield '  "teams": ';
  yield* list(d.teams, (t) => t, '  ');
  yield ',\n';
  yield field('repos', { read: run.read, failed: run.failed });
  yield '  "cells": ';
  yield* list(d.cells, cellJson, '  ');
  yield ',\n';
  yield field('suppressed', d.suppressed);
  yield '  "leadTime": {\n    "cells": ';
  yield* list(d.leadTime, (c) => c, '    ');
  yield `,\n    "suppressed": ${d.leadTimeSuppressed}\n  },\n`;
  yield '  "reviews": ';
  yield* list(
    d.reviews,
    (r) => ({
      team: r.team,
      quarter: r.quarter,
      ratings: r.results.ratings,
      dimensions: Object.fromEntries(
        r.results.dimensions.map((x) => [x.dimension, { lights: rowJson(x.lights), trends: rowJson(x.trends) }]),
      ),
    }),
    '  ',
  );
  yield ',\n  "lessons": ';
  yield* list(run.lessons, (l) => l, '  ');
  yield ',\n  "unreadable": ';
  yield* list(run.unreadable, (u) => u, '  ');
  yield '\n}\n';
}
