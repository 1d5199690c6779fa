import type { ActionProposalView } from '../../../src-preload/contract';
import { formatJson } from '../../ui/formatJson';

/** The exact arguments the app will run, folded: the sentence above is for reading, this is for checking. */
export function ProposalArguments({ proposal }: { proposal: ActionProposalView }) {
  return (
    <details className="proposal-args" data-testid="proposal-arguments">
      <summary>
        Exact changes · <code>{proposal.tool}</code>
      </summary>
      <pre className="json">{formatJson(proposal.changes)}</pre>
    </details>
  );
}
