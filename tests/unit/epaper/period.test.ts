import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjacentIssues, issueFrontPageUrl, parsePeriodXml, periodXmlUrl } from '@/src/epaper';
import { ROOT } from './helpers';

const xml = readFileSync(join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/period.xml'), 'utf8');

describe('period.xml', () => {
  it('reads the offline month', () => {
    const entries = parsePeriodXml(xml);
    expect(entries.map((e) => e.date)).toEqual(['2024-12-08', '2024-12-09', '2024-12-10', '2024-12-11', '2024-12-12']);
    expect(entries.every((e) => e.frontPage === 'node_201.htm')).toBe(true);
  });

  it('gives the previous and next issue', () => {
    const entries = parsePeriodXml(xml);
    expect(adjacentIssues(entries, '2024-12-10')).toEqual({
      prev: { date: '2024-12-09', frontPage: 'node_201.htm' },
      next: { date: '2024-12-11', frontPage: 'node_201.htm' },
    });
    expect(adjacentIssues(entries, '2024-12-12').next).toBeNull();
    expect(adjacentIssues(entries, '2024-12-08').prev).toBeNull();
  });

  it('tolerates other element names, order, CDATA, comments, a missing front page and unsorted issues', () => {
    const odd = `<?xml version="1.0" encoding="UTF-8"?><!-- list --><periods>
      <item><front_page>node_19.htm</front_page><period_date><![CDATA[2026-04-20]]></period_date></item>
      <item><period_date>2026-4-6</period_date></item>
      <item><period_date>2026-04-13</period_date><front_page> node_19.htm </front_page></item>
    </periods>`;
    expect(parsePeriodXml(odd)).toEqual([
      { date: '2026-04-06', frontPage: null },
      { date: '2026-04-13', frontPage: 'node_19.htm' },
      { date: '2026-04-20', frontPage: 'node_19.htm' },
    ]);
  });

  it('returns nothing for garbage', () => {
    expect(parsePeriodXml('<html><body>404</body></html>')).toEqual([]);
    expect(parsePeriodXml('')).toEqual([]);
  });

  it('builds the month file and front page URLs, across a year edge', () => {
    const page = 'https://epaper.voc.com.cn/hnrb/html/2025-01/02/node_201.htm';
    expect(periodXmlUrl(page)).toBe('https://epaper.voc.com.cn/hnrb/html/2025-01/period.xml');
    expect(periodXmlUrl(page, -1)).toBe('https://epaper.voc.com.cn/hnrb/html/2024-12/period.xml');
    expect(issueFrontPageUrl('https://epaper.voc.com.cn/hnrb/html/2024-12/period.xml', { date: '2024-12-31', frontPage: 'node_201.htm' })).toBe(
      'https://epaper.voc.com.cn/hnrb/html/2024-12/31/node_201.htm',
    );
  });
});
