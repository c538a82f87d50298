import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfJs } from './read-pdf';

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js for the panel, loaded on the first PDF read (it is 420 KB; the panel opens without it).
 * Its worker is a file of the extension (no CDN): the panel is an extension page, so it may start
 * it under the extension's own CSP.
 */
export function panelPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
