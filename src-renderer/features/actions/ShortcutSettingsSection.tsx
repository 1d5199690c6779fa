import { useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { rebind, resetBinding } from './actionRegistry';
import { useActions } from './ActionRegistryContext';
import { KeyCombo } from './KeyCombo';
import { comboFromKeyPress } from './keyCombos';

/**
 * Rebind shortcuts: "Change" records the next key combination; one that another action holds is refused with its
 * name. Saved at once in this window's storage (not part of the language model form's Save).
 */
export function ShortcutSettingsSection() {
  const { keyBindings } = useAppStores();
  const actions = useActions();
  const bindings = useSlice(keyBindings, (s) => s.bindings);
  const [recording, setRecording] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; text: string } | null>(null);
  if (!actions) return null;
  const { registry, definitions, mac } = actions;

  const record = (actionId: string, e: React.KeyboardEvent) => {
    if (e.key === 'Tab') return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') {
      setRecording(null);
      return;
    }
    const combo = comboFromKeyPress(e);
    if (!combo) return;
    const result = rebind(definitions, bindings, actionId, combo);
    if (!result.ok) {
      setProblem({ id: actionId, text: result.reason });
      return;
    }
    setProblem(null);
    setRecording(null);
    void keyBindings.getState().save(result.bindings);
  };

  return (
    <section aria-labelledby="shortcut-settings-title" data-testid="shortcut-settings">
      <h3 id="shortcut-settings-title" className="section-title">Keyboard shortcuts</h3>
      <ul className="shortcut-rows">
        {registry.actions.map((a) => (
          <li key={a.id} className="shortcut-row" data-action={a.id}>
            <span className="shortcut-label">{a.label}</span>
            <span className="shortcut-keys">
              {a.boundKeys.length ? a.boundKeys.map((k) => <KeyCombo key={k} combo={k} mac={mac} />) : <span className="muted">none</span>}
            </span>
            {recording === a.id ? (
              <button
                type="button"
                className="btn btn-small btn-primary"
                data-key-capture
                data-testid="shortcut-capture"
                autoFocus
                aria-describedby={problem?.id === a.id ? `shortcut-problem-${a.id}` : undefined}
                onKeyDown={(e) => record(a.id, e)}
                onBlur={() => setRecording(null)}
              >
                Press keys… (Esc cancels)
              </button>
            ) : (
              <button type="button" className="btn btn-small" aria-label={`Change the shortcut for ${a.label}`} data-testid="shortcut-change" onClick={() => { setProblem(null); setRecording(a.id); }}>
                Change
              </button>
            )}
            {bindings[a.id] ? (
              <button type="button" className="btn btn-small btn-quiet" aria-label={`Reset the shortcut for ${a.label}`} onClick={() => void keyBindings.getState().save(resetBinding(bindings, a.id))}>
                Reset
              </button>
            ) : (
              <span />
            )}
            {problem?.id === a.id && (
              <span id={`shortcut-problem-${a.id}`} className="field-error inline" role="alert" data-testid="shortcut-problem">
                {problem.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
