import { checkName } from '../mentorship/profile';
import { readRecord } from '../team/teamRecord';

/** A repository's own team name: `.pacewise/team.json`, `{"schema":"pacewise.team","v":"1.0","name":"…"}`. */
export const REPO_TEAM_FILE = '.pacewise/team.json';

/** The team the file names, or a problem; the digest then names the team after the repository. */
export function parseRepoTeam(
  raw: string,
  bytes = raw.length,
): { ok: true; name: string } | { ok: false; problem: string } {
  const header = readRecord(raw, bytes, 'pacewise.team', 1, 'team file');
  if (!header.ok) return { ok: false, problem: header.problem };
  const name = checkName(header.value.data.name, 'team');
  return name.ok ? { ok: true, name: name.value } : { ok: false, problem: name.problem };
}

/** A repository's name from its path or URL: the last segment, without `.git`. */
export function repoName(repo: string): string {
  const last =
    repo
      .replace(/[\\/]+$/, '')
      .split(/[\\/:]/)
      .pop() ?? repo;
  return last.replace(/\.git$/, '') || repo;
}
