import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A run of document.xml with the properties written on it. */
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
  runs: DocxRun[];
  /** Each section's w:sectPr, in order. */
  sections: string[];
}

const RUN = /<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function parseRun(properties: string, text: string): DocxRun {
  const size = /<w:sz w:val="(\d+)"\/>/.exec(properties);
  return {
    text: unescapeXml(text),
    font: /<w:rFonts w:ascii="([^"]+)"/.exec(properties)?.[1] ?? null,
    size: size ? Number(size[1]) / 2 : null,
    bold: /<w:b\/>/.test(properties),
    italics: /<w:i\/>/.test(properties),
  };
}

/** Opens a .docx the way a reader would: mammoth for its text and HTML, the zip for its XML. */
export async function readDocx(buffer: Buffer): Promise<ReadDocx> {
  const [{ value: text }, { value: html }, zip] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
    JSZip.loadAsync(buffer),
  ]);
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw new Error('not a Word document: no word/document.xml');
  const documentXml = await documentPart.async('string');
  return {
    lines: text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    html,
    documentXml,
    runs: [...documentXml.matchAll(RUN)].map((match) => parseRun(match[1] ?? '', match[2])),
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
