import type { LlmMode } from '../../../src-preload/contract';

const MODES: Array<{ mode: LlmMode; label: string; hint: string }> = [
  { mode: 'hybrid', label: 'Hybrid', hint: 'Remote while it works, local when it does not (recommended).' },
  { mode: 'remote', label: 'Remote', hint: 'Only the remote provider.' },
  { mode: 'local', label: 'Local', hint: 'Only the model on this computer; nothing leaves it.' },
];

export function LlmModeField({ value, onChange }: { value: LlmMode; onChange(mode: LlmMode): void }) {
  return (
    <fieldset className="field-group">
      <legend>Mode</legend>
      <div className="mode-options">
        {MODES.map((m) => (
          <label key={m.mode} className={value === m.mode ? 'mode-option selected' : 'mode-option'}>
            <input type="radio" name="llm-mode" value={m.mode} data-testid={`llm-mode-${m.mode}`} checked={value === m.mode} onChange={() => onChange(m.mode)} />
            <span>
              <strong>{m.label}</strong>
              <span className="muted small block">{m.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
