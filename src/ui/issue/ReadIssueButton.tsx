import { is } from './strings';
import { issueRun } from './use-issue-run';

/** 读全期: from any page of an issue, read the whole issue into 本期速览. */
export function ReadIssueButton({ url }: { url: string }) {
  return (
    <div class="issue-row">
      <button type="button" class="action read-issue" title={is('readIssueHint')} onClick={() => void issueRun().start(url)}>
        {is('readIssue')}
      </button>
    </div>
  );
}
