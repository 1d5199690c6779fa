import { useEffect, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';
import { DesktopSettingsSection } from '../desktop/DesktopSettingsSection';
import { HomeServerSection } from '../sync/HomeServerSection';
import { ShortcutSettingsSection } from '../actions/ShortcutSettingsSection';
import { ErrorNote } from '../../ui/ErrorNote';
import { draftFromSettings, diffLlmSettings, fieldErrorsFromMessage } from './llmSettingsDraft';
import type { FieldErrors, LlmSettingsDraft } from './llmSettingsDraft';
import { LlmModeField } from './LlmModeField';
import { LocalModelFields } from './LocalModelFields';
import { RemoteModelFields } from './RemoteModelFields';
import { PersonasSection } from '../personas/PersonasSection';
import { VoiceSettingsSection } from '../voice/VoiceSettingsSection';
import { RememberedRulesSection } from './RememberedRulesSection';
import { ResetCircuitButton } from './ResetCircuitButton';

/** Language model settings. Save sends only the fields that changed; main's validation lands next to its field. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { llmSettings } = useAppStores();
  const saved = useSlice(llmSettings, (s) => s.settings);
  const loadError = useSlice(llmSettings, (s) => s.loadError);
  const save = useSlice(llmSettings, (s) => s.save);
  const [draft, setDraft] = useState<LlmSettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [savedNote, setSavedNote] = useState(false);

  useEffect(() => {
    llmSettings.getState().clearResults();
    void llmSettings.getState().load();
  }, [llmSettings]);
  useEffect(() => {
    if (saved && draft === null) setDraft(draftFromSettings(saved));
  }, [saved, draft]);

  const update = (patch: Partial<LlmSettingsDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setSavedNote(false);
  };

  const submit = async () => {
    if (!saved || !draft) return;
    const { changes, errors: local, changed } = diffLlmSettings(saved, draft);
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length || !changed) return;
    if (await llmSettings.getState().saveChanges(changes)) {
      const fresh = llmSettings.getState().settings;
      if (fresh) setDraft(draftFromSettings(fresh));
      setSavedNote(true);
      return;
    }
    const error = llmSettings.getState().save.error;
    if (error?.type === 'validation') {
      const split = fieldErrorsFromMessage(error.message);
      setErrors(split.fields);
      setGeneral(split.rest);
    }
  };

  const diff = saved && draft ? diffLlmSettings(saved, draft) : null;
  // Invalid edits count as changes: Save stays clickable and says what is wrong.
  const dirty = diff ? diff.changed || Object.keys(diff.errors).length > 0 : false;
  return (
    <Dialog title="Settings" onClose={onClose} testId="settings-dialog">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="dialog-body">
          <h3 className="section-title">Language model</h3>
          {loadError && <ErrorNote error={loadError} onRetry={() => void llmSettings.getState().load()} />}
          {!saved && !loadError && <p className="muted">Loading settings…</p>}
          {saved && draft && (
            <>
              <LlmModeField value={draft.mode} onChange={(mode) => update({ mode })} />
              <RemoteModelFields saved={saved} draft={draft} errors={errors} update={update} />
              <LocalModelFields saved={saved} draft={draft} errors={errors} update={update} />
            </>
          )}
          <PersonasSection />
          <VoiceSettingsSection />
          <HomeServerSection />
          <RememberedRulesSection />
          <DesktopSettingsSection />
          <ShortcutSettingsSection />
        </div>
        <footer className="dialog-footer">
          <ResetCircuitButton />
          <div className="dialog-footer-main">
            <span className="save-feedback" role="status" data-testid="settings-save-status">
              {save.error && save.error.type !== 'validation' ? <span className="field-error inline">{save.error.message}</span> : null}
              {general.map((g) => (
                <span key={g} className="field-error inline">
                  {g}
                </span>
              ))}
              {savedNote && !dirty ? <span className="tone-ok-text">Saved</span> : null}
            </span>
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="btn btn-primary" data-testid="settings-save" disabled={!dirty || save.running}>
              {save.running ? 'Saving…' : 'Save'}
            </button>
          </div>
        </footer>
      </form>
    </Dialog>
  );
}
