import { Dialog } from '../../ui/Dialog';
import { ACTION_GROUPS } from './actionRegistry';
import { useActions } from './ActionRegistryContext';
import { KeyCombo } from './KeyCombo';

/** /help, `?` and Ctrl+/: the slash commands and shortcuts this role may use, generated from the registry. */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  const actions = useActions();
  if (!actions) return null;
  const { registry, mac } = actions;
  const commands = registry.actions.filter((a) => a.slash);
  return (
    <Dialog title="Commands and shortcuts" onClose={onClose} testId="help-overlay" size="wide">
      <div className="dialog-body help-overlay">
        <p className="muted">Ask about your home in plain words. Type a command in the question box, or press Ctrl+K for every action.</p>
        <section aria-labelledby="help-commands">
          <h3 id="help-commands" className="section-title">Commands</h3>
          <dl className="help-list" data-testid="help-commands">
            {commands.map((a) => (
              <div key={a.id} className="help-row">
                <dt>
                  <code>/{a.slash}{a.slashArgs ? ` ${a.slashArgs}` : ''}</code>
                </dt>
                <dd>{a.description ?? a.label}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-labelledby="help-shortcuts">
          <h3 id="help-shortcuts" className="section-title">Keyboard shortcuts</h3>
          {ACTION_GROUPS.map((group) => {
            const bound = registry.actions.filter((a) => a.group === group && a.boundKeys.length);
            if (!bound.length) return null;
            return (
              <dl key={group} className="help-list" data-testid="help-shortcuts" aria-label={group}>
                {bound.map((a) => (
                  <div key={a.id} className="help-row">
                    <dt>
                      {a.boundKeys.map((k, i) => (
                        <span key={k}>
                          {i > 0 && ' or '}
                          <KeyCombo combo={k} mac={mac} />
                        </span>
                      ))}
                    </dt>
                    <dd>{a.label}</dd>
                  </div>
                ))}
              </dl>
            );
          })}
        </section>
      </div>
    </Dialog>
  );
}
