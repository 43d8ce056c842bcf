import { sanitizeText } from '../commandArgs';
import { parseLibrary, type PromptLibrary } from './prompts';

/** Candidate translation files for a VS Code display language, most specific first: `de-ch` → `de-ch`, `de`. */
export function translationLanguages(language: string): string[] {
  const lang = language.toLowerCase();
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(lang) || lang === 'en' || lang.startsWith('en-')) return [];
  const base = lang.split('-')[0];
  return base === lang ? [lang] : [lang, base];
}

/**
 * Lays a translation (`library.<lang>.json`: prompt texts by id, the glossary as a whole) over the English library.
 * A prompt without a valid translation keeps its English text, so a partial translation never hides a prompt; the
 * glossary is replaced only when every term translates. Problems are listed, never thrown.
 */
export function translateLibrary(library: PromptLibrary, raw: unknown): { library: PromptLibrary; errors: string[] } {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { library, errors: ['not an object'] };
  const r = raw as Record<string, unknown>;
  const texts = typeof r.prompts === 'object' && r.prompts !== null ? (r.prompts as Record<string, unknown>) : {};
  const prompts = library.prompts.map((p) => {
    const t = Object.hasOwn(texts, p.id) ? texts[p.id] : undefined;
    if (typeof t === 'string' && sanitizeText(t) && t.length <= 300) return { ...p, text: sanitizeText(t) };
    errors.push(`prompt ${p.id} is not translated`);
    return p;
  });
  const glossary = parseLibrary({ glossary: r.glossary }).library.glossary;
  const glossaryOk = glossary.length === library.glossary.length;
  if (!glossaryOk) errors.push(`the glossary has ${glossary.length} valid terms, not ${library.glossary.length}`);
  return { library: { prompts, glossary: glossaryOk ? glossary : library.glossary }, errors };
}
