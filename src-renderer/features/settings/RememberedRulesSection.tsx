import { useEffect } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';

/** Settings → "Always allow" rules: every remembered rule in words, each with Revoke. Tier 3 is never listed: never remembered. */
export function RememberedRulesSection() {
  const { approvals } = useAppStores();
  const rules = useSlice(approvals, (s) => s.rules);
  const error = useSlice(approvals, (s) => s.rulesError);
  useEffect(() => {
    void approvals.getState().loadRules();
  }, [approvals]);
  return (
    <section aria-labelledby="remembered-rules-title" data-testid="remembered-rules">
      <h3 className="section-title" id="remembered-rules-title">
        “Always allow” rules
      </h3>
      <p className="muted small">Changes these rules cover run without a card. Renames, content edits and security actions always ask.</p>
      {error && <ErrorNote error={error} onRetry={() => void approvals.getState().loadRules()} compact />}
      {rules && rules.length === 0 && <p className="muted" data-testid="no-rules">No rules: every change asks first.</p>}
      {rules && rules.length > 0 && (
        <ul className="rule-list">
          {rules.map((rule) => (
            <li key={rule.id} className="rule-row" data-testid="rule-row">
              <span>{rule.description}</span>
              <span className="muted small"> · by {rule.created_by}</span>
              <button type="button" className="btn btn-small" data-testid="revoke-rule" aria-label={`Revoke rule: ${rule.description}`} onClick={() => void approvals.getState().revokeRule(rule.id)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
