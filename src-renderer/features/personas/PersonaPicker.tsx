import { useEffect, useId } from 'react';
import './personas.css';
import { useAppStores, useSlice } from '../../app/AppContext';

/** The header's persona picker: who answers (built-in and user-defined personas). Hidden for guests. */
export function PersonaPicker() {
  const { personas } = useAppStores();
  const list = useSlice(personas, (s) => s.personas);
  const activeId = useSlice(personas, (s) => s.activeId);
  const error = useSlice(personas, (s) => s.error);
  const id = useId();
  useEffect(() => {
    void personas.getState().load();
  }, [personas]);
  if (list.length === 0 || !activeId) return null;
  return (
    <span className="persona-picker">
      <label className="visually-hidden" htmlFor={id}>Persona</label>
      <select
        id={id}
        className="input input-compact"
        data-testid="persona-picker"
        value={activeId}
        title="Persona: the assistant's voice and answer style"
        aria-invalid={error ? true : undefined}
        onChange={(e) => void personas.getState().choose(e.target.value)}
      >
        {list.map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
      </select>
    </span>
  );
}
