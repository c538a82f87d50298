import { is } from './strings';
import { issueRun } from './use-issue-run';

/**
 * 读全期: from any page of an issue, read the whole issue into 本期速览. `busy` while the layout
 * page is still reading its own articles, so that the site never sees more than two requests.
 */
export function ReadIssueButton({ url, busy = false }: { url: string; busy?: boolean }) {
  return (
    <button type="button" class="action read-issue" title={is('readIssueHint')} disabled={busy} onClick={() => void issueRun().start(url)}>
      {is('readIssue')}
    </button>
  );
}
