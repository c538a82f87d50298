import { describe, expect, it } from 'vitest';
import { fetchPagePdf, PdfProblem, type PdfProblemKind } from '@/src/pdf/fetch-pdf';

const PAGE = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
const PDF = 'http://epaper.voc.com.cn/hnrb/images/2024-12/12/02/2024121202_pdf.pdf';

function fetcher(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: string[] = [];
  const f = (async (url: string) => {
    calls.push(url);
    return new Response(body, { status, headers });
  }) as unknown as typeof fetch;
  return { f, calls };
}

async function problemOf(promise: Promise<unknown>): Promise<PdfProblemKind | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof PdfProblem) return error.kind;
    throw error;
  }
}

describe('fetchPagePdf', () => {
  it('returns the bytes of a PDF on the page’s own origin', async () => {
    const { f, calls } = fetcher(200, '%PDF-1.7\n…');
    const bytes = await fetchPagePdf(PDF, PAGE, f);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    expect(calls).toEqual([PDF]);
  });

  it('fetches nothing from another origin, even another e-paper host or scheme', async () => {
    for (const url of ['https://evil.example/x.pdf', 'http://hnrb.voc.com.cn/hnrb_epaper/images/x.pdf', 'https://epaper.voc.com.cn/x.pdf', 'javascript:alert(1)', 'not a url']) {
      const { f, calls } = fetcher(200, '%PDF-1.7');
      expect(await problemOf(fetchPagePdf(url, PAGE, f))).toBe('elsewhere');
      expect(calls).toEqual([]);
    }
  });

  it('says missing, not a PDF, too big or unreachable', async () => {
    expect(await problemOf(fetchPagePdf(PDF, PAGE, fetcher(404, 'not found').f))).toBe('missing');
    expect(await problemOf(fetchPagePdf(PDF, PAGE, fetcher(200, '<html>维护中</html>').f))).toBe('notPdf');
    expect(await problemOf(fetchPagePdf(PDF, PAGE, fetcher(200, '%PDF-1.7', { 'content-length': String(2 ** 30) }).f))).toBe('tooBig');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await problemOf(fetchPagePdf(PDF, PAGE, offline))).toBe('network');
  });
});
