import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { MAX_RECORD_BYTES } from '../core/team/teamRecord';
import { MAX_ROUND_BYTES } from '../core/mentorship/round';
import { CHARTER_FILE, loadSpace, Space, SPACE_FOLDERS, SPACE_NOTES_FOLDER, SpaceFile } from '../core/mentorship/space';
import { defaultCharterText } from '../core/mentorship/charter';
import { SPACE_README } from '../core/mentorship/spaceReadme';

/** SHA-256 of UTF-8 text in lowercase hex: what a round's inputs hash is. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads a mentorship space from disk: the charter and every `.json` in its folders, each size-checked before it is
 * read (a file over its cap is listed, not read). A folder that does not exist is an empty one.
 */
export async function readSpaceFolder(root: string): Promise<Space> {
  const files: SpaceFile[] = [];
  const oversized: { path: string; problem: string }[] = [];
  const take = async (rel: string, max: number) => {
    const full = path.join(root, ...rel.split('/'));
    const stat = await fs.lstat(full).catch(() => undefined);
    if (!stat?.isFile()) return; // a symlink or a folder under that name is not ours to follow
    if (stat.size > max) oversized.push({ path: rel, problem: `larger than ${max / 1024} KB` });
    else files.push({ path: rel, text: await fs.readFile(full, 'utf8'), bytes: stat.size });
  };
  await take(CHARTER_FILE, MAX_RECORD_BYTES);
  for (const folder of [...SPACE_FOLDERS, SPACE_NOTES_FOLDER]) {
    if (!(await realFolder(root, folder))) continue;
    const names = await fs.readdir(path.join(root, ...folder.split('/'))).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json')).sort())
      await take(`${folder}/${name}`, folder === 'rounds' ? MAX_ROUND_BYTES : MAX_RECORD_BYTES);
  }
  const space = loadSpace(files);
  space.problems.push(...oversized);
  return space;
}

/** Whether each step of `rel` under `root` is a folder and none is a symlink (a clone's link is not followed). */
async function realFolder(root: string, rel: string): Promise<boolean> {
  let at = root;
  for (const part of rel.split('/')) {
    at = path.join(at, part);
    const stat = await fs.lstat(at).catch(() => undefined);
    if (!stat?.isDirectory()) return false;
  }
  return true;
}

/** Writes a new file and never replaces one: written beside it, then linked into place (link fails if it exists). */
export async function writeNewFile(file: string, text: string): Promise<'written' | 'exists'> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(temp, file);
    return 'written';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw err;
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

/** Sets up a new space: its README and a charter with every rule at its default, each only where none exists. */
export async function setUpSpace(root: string): Promise<{ name: string; result: 'written' | 'exists' }[]> {
  const files: [string, string][] = [
    ['README.md', SPACE_README],
    [CHARTER_FILE, defaultCharterText('Spread sustainable pacing between teams: short, regular, fair.')],
  ];
  const out: { name: string; result: 'written' | 'exists' }[] = [];
  for (const [name, text] of files) out.push({ name, result: await writeNewFile(path.join(root, name), text) });
  return out;
}
