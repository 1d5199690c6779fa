import { useEffect, useId, useState } from 'react';
import './voice.css';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';

/**
 * Settings → Voice: who reads replies aloud. The system voice works offline; the provider voice (the remote model
 * provider's /audio/speech) needs a remote provider, and falls back to the system voice when it fails. Saves at once.
 */
export function VoiceSettingsSection() {
  const { voice } = useAppStores();
  const settings = useSlice(voice, (s) => s.settings);
  const error = useSlice(voice, (s) => s.error);
  const [voiceName, setVoiceName] = useState('');
  const [model, setModel] = useState('');
  const id = useId();
  useEffect(() => {
    void voice.getState().load();
  }, [voice]);
  useEffect(() => {
    if (!settings) return;
    setVoiceName(settings.providerVoice);
    setModel(settings.providerModel);
  }, [settings]);
  if (!settings) return null;
  const provider = settings.source === 'provider';
  return (
    <fieldset className="field-group" data-testid="voice-settings">
      <legend>Voice</legend>
      {error && <ErrorNote error={error} onRetry={() => void voice.getState().load()} compact />}
      <div role="radiogroup" aria-label="Who reads replies aloud">
        <label className="voice-source">
          <input type="radio" name={`${id}-source`} checked={!provider} onChange={() => void voice.getState().save({ source: 'system' })} />
          <span>System voice (works offline)</span>
        </label>
        <label className="voice-source">
          <input type="radio" name={`${id}-source`} data-testid="voice-source-provider" checked={provider} disabled={!settings.providerAvailable && !provider}
            onChange={() => void voice.getState().save({ source: 'provider' })} />
          <span>Provider voice (the remote model provider&apos;s speech){!settings.providerAvailable && <span className="muted small"> · set up a remote model first</span>}</span>
        </label>
      </div>
      {provider && (
        <div className="field-row">
          <label className="field" htmlFor={`${id}-voice`}>
            <span className="field-label">Provider voice</span>
            <input id={`${id}-voice`} className="input" data-testid="voice-provider-voice" value={voiceName} maxLength={60}
              onChange={(e) => setVoiceName(e.target.value)} onBlur={() => voiceName !== settings.providerVoice && void voice.getState().save({ providerVoice: voiceName })} />
          </label>
          <label className="field" htmlFor={`${id}-model`}>
            <span className="field-label">Speech model</span>
            <input id={`${id}-model`} className="input" data-testid="voice-provider-model" value={model} maxLength={60}
              onChange={(e) => setModel(e.target.value)} onBlur={() => model !== settings.providerModel && void voice.getState().save({ providerModel: model })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
