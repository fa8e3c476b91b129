import {
  parseTemplate,
  TmplAstBoundText,
  TmplAstElement,
  type TmplAstNode,
  TmplAstRecursiveVisitor,
  TmplAstText,
  tmplAstVisitAll,
} from '@angular/compiler';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Every word the UI shows goes through the translations: a word written straight into a template
 * would stay Vietnamese in the English UI (or the reverse). This reads every component template of
 * the app and fails on a text node, or a text a user can hear or see in an attribute, that holds
 * a letter outside an interpolation.
 */

const APP = join(__dirname, '..', '..');
const SEEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
const LETTER = /\p{L}/u;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The templates of a file: an .html template, or the inline `template:` of a component. */
function templatesOf(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  if (path.endsWith('.html')) return [source];
  return [...source.matchAll(/\btemplate:\s*`([\s\S]*?)`,\n/g)].map((match) => match[1]);
}

/** What an interpolated text shows beside its `{{ … }}` parts. */
function staticPartOf(text: string): string {
  return text.replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

class UntranslatedWords extends TmplAstRecursiveVisitor {
  readonly found: string[] = [];

  override visitText(text: TmplAstText): void {
    if (LETTER.test(text.value)) this.found.push(text.value.trim());
  }

  override visitBoundText(text: TmplAstBoundText): void {
    const source = text.sourceSpan.toString();
    if (LETTER.test(staticPartOf(source))) this.found.push(source.trim());
  }

  override visitElement(element: TmplAstElement): void {
    // Decoration hidden from everyone who could need a translation (the ĐĐ monogram), and words
    // marked as being in a language of their own (each language's button names it in itself).
    if (
      element.attributes.some(
        ({ name, value }) => (name === 'aria-hidden' && value === 'true') || name === 'lang',
      )
    )
      return;
    for (const attribute of element.attributes)
      if (SEEN_ATTRIBUTES.has(attribute.name) && LETTER.test(attribute.value))
        this.found.push(`${attribute.name}="${attribute.value}"`);
    super.visitElement(element);
  }
}

function untranslatedWordsOf(template: string): string[] {
  const parsed = parseTemplate(template, 'template.html', { preserveWhitespaces: false });
  const visitor = new UntranslatedWords();
  tmplAstVisitAll(visitor, parsed.nodes as TmplAstNode[]);
  return visitor.found;
}

const TEMPLATES = filesUnder(APP).flatMap((path) =>
  templatesOf(path).map((template, index) => [`${relative(APP, path)}#${index}`, template] as const),
);

describe('template texts', () => {
  it('finds the templates of the app', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(22);
  });

  it('catches a word written into a template, and lets a translated one through', () => {
    expect(untranslatedWordsOf(`<button>Huỷ</button>`)).toEqual(['Huỷ']);
    expect(untranslatedWordsOf(`<p>{{ n }} nhiệm vụ</p>`)).toEqual(['{{ n }} nhiệm vụ']);
    expect(untranslatedWordsOf(`<input placeholder="Tìm kiếm" />`)).toEqual(['placeholder="Tìm kiếm"']);
    expect(untranslatedWordsOf(`<p>{{ 'app.close' | translate }} ({{ code }}) ×</p>`)).toEqual([]);
    expect(untranslatedWordsOf(`<span aria-hidden="true">ĐĐ</span><b lang="en">EN</b>`)).toEqual([]);
  });

  it.each(TEMPLATES)('%s shows only translated words', (_file, template) => {
    expect(untranslatedWordsOf(template)).toEqual([]);
  });
});
