import { useEffect, useId, useState } from 'react';
import { useAppStores, useSlice } from '../../app/AppContext';
import { Dialog } from '../../ui/Dialog';

/**
 * One conversation's own persona (system prompt) and remote model. Blank fields mean the household persona and the
 * model in Settings; main uses these for every later turn of this conversation.
 */
export function ConversationSettingsDialog({ conversationId, onClose }: { conversationId: string; onClose(): void }) {
  const { conversations, llmSettings } = useAppStores();
  const conversation = useSlice(conversations, (s) => s.items.find((c) => c.id === conversationId));
  const defaultModel = useSlice(llmSettings, (s) => s.settings?.remote.model ?? null);
  const [prompt, setPrompt] = useState(conversation?.system_prompt ?? '');
  const [model, setModel] = useState(conversation?.model ?? '');
  const [saving, setSaving] = useState(false);
  const id = useId();
  useEffect(() => {
    if (!llmSettings.getState().settings) void llmSettings.getState().load();
  }, [llmSettings]);
  if (!conversation) return null;

  const save = async () => {
    setSaving(true);
    const ok = await conversations.getState().saveAnswerSettings(conversationId, { systemPrompt: prompt.trim() || null, model: model.trim() || null });
    setSaving(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={`Persona and model: ${conversation.title}`} onClose={onClose} testId="conversation-settings-dialog">
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="dialog-body">
          <label className="field" htmlFor={`${id}-prompt`}>
            <span className="field-label">Persona / system prompt</span>
            <textarea
              id={`${id}-prompt`}
              className="input"
              rows={5}
              maxLength={4000}
              data-testid="conversation-system-prompt"
              placeholder="Blank: the household persona. For example: Answer like a patient teacher, in short numbered steps."
              aria-describedby={`${id}-prompt-hint`}
              value={prompt}
              onChange={(e) => setPrompt(e.target.value)}
            />
            <span id={`${id}-prompt-hint`} className="muted small">Added to the model’s instructions in this conversation only. Home questions the app answers itself are not affected.</span>
          </label>
          <label className="field" htmlFor={`${id}-model`}>
            <span className="field-label">Remote model</span>
            <input
              id={`${id}-model`}
              className="input"
              maxLength={200}
              data-testid="conversation-model"
              placeholder={defaultModel ? `Blank: ${defaultModel} (from Settings)` : 'Blank: the model in Settings'}
              value={model}
              onChange={(e) => setModel(e.target.value)}
            />
          </label>
        </div>
        <footer className="dialog-footer">
          <div className="dialog-footer-main">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" data-testid="conversation-settings-save" disabled={saving}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </footer>
      </form>
    </Dialog>
  );
}
