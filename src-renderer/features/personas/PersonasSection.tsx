import { useEffect, useId, useState } from 'react';
import type { PersonaView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { ErrorNote } from '../../ui/ErrorNote';
import { personaIdFor, type UserPersona } from './personasStore';
import './personas.css';

const STYLES: ReadonlyArray<{ value: PersonaView['style']; label: string }> = [
  { value: 'friendly', label: 'Friendly (full sentences)' },
  { value: 'concise', label: 'Concise (as few words as possible)' },
  { value: 'teacher', label: 'Teacher (step by step, with tips)' },
];

/**
 * Settings → Personas: the built-in ones (read only) and the household's own, which can be added, edited and deleted.
 * A persona is a system prompt for models plus the wording style of the assistant's own answers. Saves at once,
 * apart from the language-model form (this section is inside that form, so its buttons are never submit buttons).
 */
export function PersonasSection() {
  const { personas } = useAppStores();
  const list = useSlice(personas, (s) => s.personas);
  const activeId = useSlice(personas, (s) => s.activeId);
  const error = useSlice(personas, (s) => s.error);
  const [editing, setEditing] = useState<UserPersona | null>(null);
  useEffect(() => {
    void personas.getState().load();
  }, [personas]);

  const startNew = () => setEditing({ id: '', name: '', style: 'friendly', systemPrompt: '' });
  return (
    <fieldset className="field-group" data-testid="personas-settings">
      <legend>Personas</legend>
      <p className="muted small">Who answers: the prompt models get, and the wording of the assistant&apos;s own answers. Pick the active one in the header.</p>
      {error && <ErrorNote error={error} onRetry={() => void personas.getState().load()} compact />}
      <ul className="persona-list">
        {list.map((p) => (
          <li key={p.id} className="persona-row" data-testid="persona-row">
            <span className="persona-name">{p.name}</span>
            <span className="muted small">{p.builtIn ? 'built in' : 'yours'} · {p.style}{p.id === activeId ? ' · active' : ''}</span>
            {!p.builtIn && (
              <>
                <button type="button" className="btn btn-small" aria-label={`Edit persona ${p.name}`} onClick={() => setEditing({ id: p.id, name: p.name, style: p.style, systemPrompt: p.systemPrompt })}>Edit</button>
                <button type="button" className="btn btn-small" aria-label={`Delete persona ${p.name}`} onClick={() => void personas.getState().removeCustom(p.id)}>Delete</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing ? (
        <PersonaForm
          initial={editing}
          taken={list.map((p) => p.id)}
          onCancel={() => setEditing(null)}
          onSave={async (persona) => {
            if (await personas.getState().saveCustom(persona)) setEditing(null);
          }}
        />
      ) : (
        <button type="button" className="btn btn-small persona-add" data-testid="persona-add" onClick={startNew}>Add a persona…</button>
      )}
    </fieldset>
  );
}

function PersonaForm({ initial, taken, onSave, onCancel }: { initial: UserPersona; taken: readonly string[]; onSave(p: UserPersona): Promise<void>; onCancel(): void }) {
  const [name, setName] = useState(initial.name);
  const [style, setStyle] = useState(initial.style);
  const [prompt, setPrompt] = useState(initial.systemPrompt);
  const id = useId();
  const ready = name.trim().length > 0 && prompt.trim().length > 0;
  const save = () => {
    if (!ready) return;
    void onSave({ id: initial.id || personaIdFor(name, taken), name: name.trim(), style, systemPrompt: prompt.trim() });
  };
  return (
    <div className="persona-form" role="group" aria-label={initial.id ? `Edit persona ${initial.name}` : 'New persona'} data-testid="persona-form">
      <label className="field" htmlFor={`${id}-name`}>
        <span className="field-label">Name</span>
        <input id={`${id}-name`} className="input" data-testid="persona-name" value={name} maxLength={60} onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            }
          }} />
      </label>
      <label className="field" htmlFor={`${id}-style`}>
        <span className="field-label">Answer style</span>
        <select id={`${id}-style`} className="input" data-testid="persona-style" value={style} onChange={(e) => setStyle(e.target.value as PersonaView['style'])}>
          {STYLES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-prompt`}>
        <span className="field-label">Instructions for models (system prompt)</span>
        <textarea id={`${id}-prompt`} className="input" data-testid="persona-prompt" value={prompt} maxLength={2000} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <div className="persona-form-actions">
        <button type="button" className="btn btn-small" onClick={onCancel}>Cancel</button>
        <button type="button" className="btn btn-small btn-primary" data-testid="persona-save" disabled={!ready} onClick={save}>Save persona</button>
      </div>
    </div>
  );
}
