import type { getDocument } from 'pdfjs-dist';
import { pageTextOf, piecesOfPdfItems } from './page-text';
import { withoutRunningHead } from './running-head';

/** The part of pdf.js this needs: the browser build in the panel, the legacy build in Node. */
export interface PdfJs {
  getDocument: typeof getDocument;
}

export interface PdfText {
  /** The text of every page in reading order, pages apart by a blank line. */
  text: string;
  pages: number;
}

/**
 * The text of a PDF, page by page, in reading order (see pageTextOf). Nothing is rendered: no
 * fonts are loaded and pdf.js never evaluates code (the extension's pages forbid eval).
 */
export async function pdfText(pdfjs: PdfJs, data: Uint8Array): Promise<PdfText> {
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      texts.push(withoutRunningHead(pageTextOf(piecesOfPdfItems(content.items))));
      page.cleanup();
    }
    return { text: texts.filter(Boolean).join('\n'), pages: doc.numPages };
  } finally {
    await task.destroy();
  }
}
