import type { ArticleLink, ParsedArticle } from '@/src/epaper/types';
import type { ArticleView } from '@/src/messaging/page-state';

const PHOTO_NEWS = '图片新闻';

export function viewOfLink(link: ArticleLink): ArticleView {
  return {
    id: link.id,
    url: link.url,
    title: link.title?.trim() || PHOTO_NEWS,
    introTitle: null,
    subTitle: null,
    area: link.area,
    status: 'pending',
    analysis: null,
    tokenCount: 0,
  };
}

export function viewOfArticle(article: ParsedArticle, area: ArticleLink['area'] = null): ArticleView {
  return {
    id: article.id ?? article.url,
    url: article.url,
    title: article.title.trim() || PHOTO_NEWS,
    introTitle: article.introTitle,
    subTitle: article.subTitle,
    area,
    status: 'pending',
    analysis: null,
    tokenCount: 0,
  };
}
