export { parseCredits, readDateline, parseCommentByline, parsePhotoCredit, photoCreditStart, mergeJournalists, type DatelineInfo } from './byline';
export { DATELINE, CONTINUED_FROM, CONTINUED_TO, COMMENT_BYLINE, COLUMN, LONE_CREDIT_VERB, PHOTO_CREDIT, PRODUCER_LINE, ROLES } from './patterns';
export { isBylineLine, isCreditLine, readCredit, creditName, OUTLETS } from './grammar';
