import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLibrary } from './prompts';
import { translateLibrary, translationLanguages } from './promptTranslation';

const media = join(__dirname, '..', '..', '..', 'media', 'prompts');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(media, name), 'utf8'));
const english = () => parseLibrary(readJson('library.json')).library;

describe('prompt library translations', () => {
  it('picks the language file, then its base language; English and odd ids use none', () => {
    assert.deepEqual(translationLanguages('de'), ['de']);
    assert.deepEqual(translationLanguages('de-CH'), ['de-ch', 'de']);
    assert.deepEqual(translationLanguages('en'), []);
    assert.deepEqual(translationLanguages('en-gb'), []);
    assert.deepEqual(translationLanguages('../x'), []);
  });

  it('the German library translates every prompt and glossary term', () => {
    const { library, errors } = translateLibrary(english(), readJson('library.de.json'));
    assert.deepEqual(errors, []);
    const base = english();
    assert.equal(library.prompts.length, base.prompts.length);
    for (const [i, p] of library.prompts.entries()) {
      assert.equal(p.id, base.prompts[i].id);
      assert.deepEqual(p.signals, base.prompts[i].signals);
      assert.notEqual(p.text, base.prompts[i].text, `${p.id} still English`);
    }
    assert.equal(library.glossary[1].term, 'WIP-Limit');
  });

  it('a partial or broken translation keeps the English text where it lacks one', () => {
    const base = english();
    const partial = translateLibrary(base, { prompts: { 'disc-01': 'Übersetzt', 'disc-02': 42 }, glossary: [] });
    assert.equal(partial.library.prompts[0].text, 'Übersetzt');
    assert.equal(partial.library.prompts[1].text, base.prompts[1].text);
    assert.deepEqual(partial.library.glossary, base.glossary);
    assert.ok(partial.errors.includes('prompt disc-02 is not translated'));
    assert.deepEqual(translateLibrary(base, 'nope'), { library: base, errors: ['not an object'] });
    const proto = translateLibrary(base, JSON.parse('{"prompts":{"__proto__":"x"}}'));
    assert.equal(proto.library.prompts[0].text, base.prompts[0].text);
  });
});
