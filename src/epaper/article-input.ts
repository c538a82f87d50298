import type { ArticleInput } from '@/src/analysis/types';
import type { ParsedArticle } from './types';

/**
 * What the analyser reads for one parsed article page. The body is the paragraphs, one per
 * line; the id is the page id (content_1721201). A photo-only article (图片新闻) has no paragraphs, so its captions, each with its credit,
 * become the body. Captions and credits also go along in `captions`, the byline in `byline`.
 */
export function articleInputFromParsed(article: ParsedArticle): ArticleInput {
  const captions = article.photos
    .map((p) => [p.caption, p.credit].filter((s): s is string => !!s).join(' '))
    .filter((s) => s !== '');
  const uniqueCaptions = [...new Set(captions)];
  const body = article.paragraphs.length > 0 ? article.paragraphs.join('\n') : uniqueCaptions.join('\n');
  return {
    id: article.id ?? article.url,
    title: article.title,
    introTitle: article.introTitle,
    subTitle: article.subTitle,
    byline: article.byline,
    captions: uniqueCaptions,
    continuedFrom: article.continuedFrom,
    body,
  };
}
