import { Worker } from 'node:worker_threads';
import { PlanReadError } from '../read-error';

/** One text item of a page as pdf.js gives it, in PDF units (y grows upwards from the bottom). */
export interface PdfTextItem {
  str: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The font size, near enough. */
  height: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/**
 * pdf.js 5 is an ES module using import.meta, which neither ts-jest's CommonJS nor a CommonJS
 * bundle can load; a worker thread imports it natively. The worker also keeps a heavy or hostile
 * PDF off the server's event loop, and its heap is capped.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
(async () => {
  try {
    const pdfjs = await import(pathToFileURL(workerData.module).href);
    const task = pdfjs.getDocument({
      data: workerData.bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0,
      password: '',
    });
    const doc = await task.promise;
    const pages = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform;
        items.push({ str: item.str, x, y, width: item.width, height: item.height || Math.hypot(c, d) || Math.hypot(a, b) });
      }
      pages.push({ width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    await doc.destroy();
    parentPort.postMessage({ ok: true, pages });
  } catch (error) {
    parentPort.postMessage({ ok: false, name: error && error.name, message: String((error && error.message) || error) });
  }
})();
`;

/** Node's own require where a bundler replaces `require` (webpack gives it under this name). */
declare const __non_webpack_require__: NodeJS.Require | undefined;

/**
 * Where pdf.js is on disk, for the worker to import. Bundled, `require.resolve` would answer
 * the bundle's module number instead of a path, and every PDF would read as corrupt.
 */
function pdfjsPath(): string {
  const nodeRequire = typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;
  return nodeRequire.resolve('pdfjs-dist/legacy/build/pdf.mjs');
}

type WorkerAnswer = { ok: true; pages: PdfPageText[] } | { ok: false; name?: string; message: string };

const WORKER_HEAP_MB = 512;

/** The positioned text of every page. Throws PlanReadError for an encrypted or unreadable PDF. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { module: pdfjsPath(), bytes: Uint8Array.from(bytes) },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`pdf worker exited with ${code}`)));
    });
    if (answer.ok) return answer.pages;
    if (answer.name === 'PasswordException') throw new PlanReadError('encrypted');
    throw new PlanReadError('corrupt', answer.message.slice(0, 200));
  } catch (error) {
    if (error instanceof PlanReadError) throw error;
    throw new PlanReadError('corrupt', error instanceof Error ? error.message.slice(0, 200) : undefined);
  } finally {
    await worker.terminate();
  }
}
