/**
 * Companies are named in full once (株洲恒驰电驱科技股份有限公司) and by a short form after that
 * (恒驰电驱): the short form is the full name without its place, its line of business and its
 * legal form. Found here so that the short mentions count as the same organisation.
 */
import { PLACE_TRIE } from './lexicon';
import type { Found } from './orgs';

const LEGAL_FORM = /(?:(?:股份)?有限(?:责任)?公司|股份公司|集团(?:股份)?(?:有限公司)?|公司)$/u;
const LINE_OF_BUSINESS = /(?:科技|技术|实业|控股|发展|投资|建设|工程|生物|医药|电子|信息|新材料|能源|智能|装备|制造|网络|文化|传媒|农业|食品)$/u;

/** The short form of a company's full name, or null when it has none worth looking for. */
export function shortFormOf(name: string): string | null {
  if (!LEGAL_FORM.test(name)) return null;
  let stem = name.replace(LEGAL_FORM, '');
  for (let k = 0; k < 2 && LINE_OF_BUSINESS.test(stem); k++) stem = stem.replace(LINE_OF_BUSINESS, '');
  const place = PLACE_TRIE.matchesAt(stem, 0)[0] ?? 0;
  if (stem.length - place >= 2) stem = stem.slice(place);
  return stem.length >= 2 && stem.length <= 6 && stem !== name ? stem : null;
}

/** A short form followed by these is a trade or a site (冶炼企业, 冶炼厂, 物流园区), not the company. */
const TRADE_AFTER = /^(?:企业|项目|产业|行业|厂|园|区|基地|示范|工艺|技术)/u;

/** Mentions of the found companies by their short forms, outside the full names, as words of their own. */
export function shortMentions(text: string, orgs: readonly Found[], isWord: (start: number, end: number) => boolean = () => true): Found[] {
  const out: Found[] = [];
  for (const o of orgs) {
    const short = shortFormOf(o.text);
    if (!short) continue;
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      if (orgs.some((f) => at < f.end && at + short.length > f.start)) continue;
      if (!isWord(at, at + short.length) || TRADE_AFTER.test(text.slice(at + short.length, at + short.length + 2))) continue;
      out.push({ text: short, start: at, end: at + short.length });
    }
  }
  return out;
}

/** A company by its legal form (…有限公司, …集团). */
export const isCompany = (o: Found): boolean => LEGAL_FORM.test(o.text);

/** The organisation named last before `at` that `accept` takes (orgs in text order). */
export function lastOrgBefore(orgs: readonly Found[], at: number, accept: (o: Found) => boolean): Found | null {
  let found: Found | null = null;
  for (const o of orgs) {
    if (o.end > at) break;
    if (accept(o)) found = o;
  }
  return found;
}
