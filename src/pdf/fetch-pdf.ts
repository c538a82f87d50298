import { isEpaperUrl } from '@/src/epaper/hosts';

/** Why a page PDF could not be read, for the panel to say in words. */
export type PdfProblemKind = 'elsewhere' | 'missing' | 'network' | 'notPdf' | 'tooBig' | 'unreadable' | 'noText';

export class PdfProblem extends Error {
  constructor(
    readonly kind: PdfProblemKind,
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

/** A page PDF of the paper is a few MB; far more is not a page PDF. */
export const MAX_PDF_BYTES = 40 * 1024 * 1024;

/**
 * The page's PDF, fetched by the extension page with the host access it already has. Only a PDF
 * on the page's own e-paper origin is fetched (the link comes from page markup, which is data).
 */
export async function fetchPagePdf(pdfUrl: string, pageUrl: string, fetcher: typeof fetch = fetch): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(pdfUrl);
    if (url.origin !== new URL(pageUrl).origin || !isEpaperUrl(url.href)) throw new Error(url.origin);
  } catch (error) {
    throw new PdfProblem('elsewhere', String(error instanceof Error ? error.message : error));
  }
  let response: Response;
  try {
    response = await fetcher(url.href, { credentials: 'omit', cache: 'no-cache' });
  } catch (error) {
    throw new PdfProblem('network', String(error));
  }
  if (!response.ok) throw new PdfProblem('missing', `HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PDF_BYTES) throw new PdfProblem('tooBig', `${declared} bytes`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES) throw new PdfProblem('tooBig', `${bytes.length} bytes`);
  // "%PDF-" within the first KB, as readers accept it; a 200 page with HTML is not a PDF.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw new PdfProblem('notPdf', head.slice(0, 40));
  return bytes;
}
