import { fetchPagePdf, PdfProblem } from './fetch-pdf';
import { panelPdfJs } from './panel-pdfjs';
import { pdfText } from './read-pdf';

export interface PagePdfText {
  text: string;
  pages: number;
  bytes: number;
  /** Fetch and pdf.js, to the text in reading order (ms). */
  readMs: number;
}

/** A page's PDF, fetched and read into text in reading order, in the panel. */
export async function readPagePdf(pdfUrl: string, pageUrl: string): Promise<PagePdfText> {
  const t0 = performance.now();
  const bytes = await fetchPagePdf(pdfUrl, pageUrl);
  const size = bytes.length; // pdf.js takes the buffer over
  let read;
  try {
    read = await pdfText(await panelPdfJs(), bytes);
  } catch (error) {
    throw new PdfProblem('unreadable', error instanceof Error ? error.message : String(error));
  }
  // A scanned page has pictures and no text layer.
  if (!read.text.trim()) throw new PdfProblem('noText', `${read.pages} pages`);
  return { ...read, bytes: size, readMs: performance.now() - t0 };
}
