import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A run of document.xml with the font and size it is shown in. */
export interface DocxRun {
  text: string;
  font: string | null;
  /** In points. */
  size: number | null;
  bold: boolean;
  italics: boolean;
}

export interface ReadDocx {
  /** mammoth's plain text, one paragraph per line, blank lines dropped. */
  lines: string[];
  html: string;
  documentXml: string;
  stylesXml: string;
  runs: DocxRun[];
  /** Each section's w:sectPr, in order. */
  sections: string[];
}

const PARAGRAPH = /<w:p>([\s\S]*?)<\/w:p>/g;
const RUN = /<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface RunProperties {
  font?: string;
  size?: number;
}

function runProperties(xml: string): RunProperties {
  const font = /<w:rFonts w:ascii="([^"]+)"/.exec(xml)?.[1];
  const size = /<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1];
  return { ...(font ? { font } : {}), ...(size ? { size: Number(size) / 2 } : {}) };
}

/** What a paragraph style gives its runs, following basedOn, over the document's defaults. */
function styleResolver(stylesXml: string): (styleId: string | undefined) => RunProperties {
  const defaults = runProperties(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '');
  const styles = new Map<string, { basedOn?: string; run: RunProperties }>();
  for (const match of stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const run = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(match[2])?.[1] ?? '';
    styles.set(match[1], {
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(match[2])?.[1],
      run: runProperties(run),
    });
  }
  const resolve = (styleId: string | undefined): RunProperties => {
    const style = styleId ? styles.get(styleId) : undefined;
    return style ? { ...resolve(style.basedOn), ...style.run } : defaults;
  };
  return resolve;
}

/**
 * Every run of document.xml with the font and size it is shown in: its own properties over its
 * paragraph's style over the document's defaults, as Word resolves them.
 */
function readRuns(documentXml: string, stylesXml: string): DocxRun[] {
  const styleOf = styleResolver(stylesXml);
  return [...documentXml.matchAll(PARAGRAPH)].flatMap(([, paragraph]) => {
    const inherited = styleOf(/<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1]);
    return [...paragraph.matchAll(RUN)].map(([, properties = '', text]) => {
      const own = runProperties(properties);
      return {
        text: unescapeXml(text),
        font: own.font ?? inherited.font ?? null,
        size: own.size ?? inherited.size ?? null,
        bold: /<w:b\/>/.test(properties),
        italics: /<w:i\/>/.test(properties),
      };
    });
  });
}

async function zipText(zip: JSZip, path: string): Promise<string> {
  const part = zip.file(path);
  if (!part) throw new Error(`not a Word document: no ${path}`);
  return part.async('string');
}

/** Opens a .docx the way a reader would: mammoth for its text and HTML, the zip for its XML. */
export async function readDocx(buffer: Buffer): Promise<ReadDocx> {
  const [{ value: text }, { value: html }, zip] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
    JSZip.loadAsync(buffer),
  ]);
  const [documentXml, stylesXml] = await Promise.all([
    zipText(zip, 'word/document.xml'),
    zipText(zip, 'word/styles.xml'),
  ]);
  return {
    lines: text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    html,
    documentXml,
    stylesXml,
    runs: readRuns(documentXml, stylesXml),
    sections: documentXml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [],
  };
}

/** The rows of the HTML table holding `marker`, each as its cells' text. */
export function htmlTableRows(html: string, marker: string): string[][] {
  const table = (html.match(/<table>[\s\S]*?<\/table>/g) ?? []).find((candidate) =>
    candidate.includes(marker),
  );
  if (!table) throw new Error(`no table holds ${marker}`);
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
      unescapeXml(cell[1].replace(/<\/p><p>/g, '\n').replace(/<[^>]+>/g, '')).trim(),
    ),
  );
}
