import { useId } from 'react';
import type { LlmSettingsView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ConnectionTestPanel } from './ConnectionTestPanel';
import { FieldError } from './FieldError';
import { PROVIDER_PRESETS, presetFor } from './providerPresets';
import type { FieldErrors, LlmSettingsDraft } from './llmSettingsDraft';

const NO_MODELS: readonly string[] = [];

export interface DraftFieldsProps {
  saved: LlmSettingsView;
  draft: LlmSettingsDraft;
  errors: FieldErrors;
  update(patch: Partial<LlmSettingsDraft>): void;
}

/** Base URL, model (typed, or picked from what the connection test listed) and the API key, which is never shown. */
export function RemoteModelFields({ saved, draft, errors, update }: DraftFieldsProps) {
  const { llmSettings } = useAppStores();
  const models = useSlice(llmSettings, (s) => s.test.value?.models ?? NO_MODELS);
  const id = useId();
  const preset = presetFor(draft.baseUrl);
  const unsaved = draft.baseUrl.trim() !== (saved.remote.baseUrl ?? '') || draft.model.trim() !== (saved.remote.model ?? '') || draft.apiKey !== '' || draft.clearApiKey;
  const keyState = draft.clearApiKey ? 'The key will be removed when you save.' : saved.remote.hasApiKey ? `Saved key: ${saved.remote.apiKeyHint ?? '••••'}` : 'No key saved.';
  return (
    <fieldset className="field-group">
      <legend>Remote provider (OpenAI-compatible)</legend>
      <div className="preset-row" role="group" aria-label="Provider presets">
        <span className="field-label">Start from:</span>
        {PROVIDER_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className={preset?.id === p.id ? 'btn btn-small preset selected' : 'btn btn-small preset'}
            aria-pressed={preset?.id === p.id}
            data-testid={`preset-${p.id}`}
            onClick={() => update({ baseUrl: p.baseUrl, ...(p.model && !draft.model.trim() ? { model: p.model } : {}) })}
          >
            {p.label}
          </button>
        ))}
      </div>
      {preset && <p className="muted small" data-testid="preset-hint">{preset.hint}</p>}
      <label className="field" htmlFor={`${id}-url`}>
        <span className="field-label">Base URL</span>
        <input
          id={`${id}-url`}
          className="input"
          data-testid="llm-base-url"
          type="url"
          inputMode="url"
          placeholder="https://api.openai.com/v1"
          value={draft.baseUrl}
          aria-invalid={errors['remote.baseUrl'] ? true : undefined}
          aria-describedby={`${id}-url-error`}
          onChange={(e) => update({ baseUrl: e.target.value })}
        />
      </label>
      <FieldError id={`${id}-url-error`} message={errors['remote.baseUrl']} />
      <label className="field" htmlFor={`${id}-model`}>
        <span className="field-label">Model</span>
        <input
          id={`${id}-model`}
          className="input"
          data-testid="llm-model"
          list={`${id}-models`}
          placeholder={models.length ? 'Pick or type a model' : 'e.g. gpt-4o-mini'}
          value={draft.model}
          aria-describedby={`${id}-model-error`}
          onChange={(e) => update({ model: e.target.value })}
        />
      </label>
      <datalist id={`${id}-models`}>
        {models.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <FieldError id={`${id}-model-error`} message={errors['remote.model']} />
      <label className="field" htmlFor={`${id}-key`}>
        <span className="field-label">API key</span>
        <input
          id={`${id}-key`}
          className="input"
          data-testid="llm-api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={saved.remote.hasApiKey ? 'Type a new key to replace the saved one' : 'Paste the key'}
          value={draft.apiKey}
          disabled={draft.clearApiKey}
          aria-describedby={`${id}-key-state ${id}-key-error`}
          onChange={(e) => update({ apiKey: e.target.value })}
        />
      </label>
      <div className="field-note">
        <span id={`${id}-key-state`} className="muted small" data-testid="api-key-hint">
          {keyState}
        </span>
        {saved.remote.hasApiKey && (
          <button type="button" className="link small" data-testid="clear-api-key" onClick={() => update({ clearApiKey: !draft.clearApiKey, apiKey: '' })}>
            {draft.clearApiKey ? 'Keep key' : 'Clear key'}
          </button>
        )}
      </div>
      {!saved.secretsEncrypted && <p className="muted small">This system has no keychain: the key is stored unencrypted in the data folder.</p>}
      <FieldError id={`${id}-key-error`} message={errors['remote.apiKey']} />
      <ConnectionTestPanel
        unsaved={unsaved}
        candidate={
          unsaved && draft.baseUrl.trim()
            ? { baseUrl: draft.baseUrl.trim(), ...(draft.model.trim() ? { model: draft.model.trim() } : {}), ...(draft.apiKey.trim() ? { apiKey: draft.apiKey.trim() } : {}), ...(draft.clearApiKey ? { noApiKey: true } : {}) }
            : null
        }
        onPickModel={(model) => update({ model })}
      />
    </fieldset>
  );
}
