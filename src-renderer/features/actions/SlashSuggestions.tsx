import './actions.css';
import { useActions } from './ActionRegistryContext';

/** While the question box holds "/" and part of a command name: the matching commands, as buttons that fill it in. */
export function SlashSuggestions({ text, onPick }: { text: string; onPick(command: string): void }) {
  const actions = useActions();
  const match = /^\/(\S*)$/.exec(text);
  if (!actions || !match) return null;
  const prefix = match[1]!.toLowerCase();
  const commands = actions.registry.actions.filter((a) => a.slash?.startsWith(prefix)).slice(0, 8);
  if (!commands.length) return null;
  return (
    <div className="slash-suggestions" role="group" aria-label="Commands" data-testid="slash-suggestions">
      {commands.map((a) => (
        <button key={a.id} type="button" className="slash-suggestion" onClick={() => onPick(`/${a.slash}${a.slashArgs ? ' ' : ''}`)}>
          <code>/{a.slash}</code>
          {a.slashArgs && <code className="muted"> {a.slashArgs}</code>}
          <span className="muted"> {a.description ?? a.label}</span>
        </button>
      ))}
    </div>
  );
}
