#!/usr/bin/env node
// `npx pacewise-digest …` in a checkout after `npm install`: runs the CLI from its TypeScript source through tsx
// (a dev dependency), so there is nothing to build first. The sources are CommonJS to Node (no "type": "module").
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
createRequire(import.meta.url)('../src/cli/digestMain.ts');
