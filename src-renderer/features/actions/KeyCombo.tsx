import './actions.css';
import { formatCombo } from './keyCombos';

/** A combination as <kbd> keys. */
export function KeyCombo({ combo, mac }: { combo: string; mac: boolean }) {
  return <kbd className="kbd">{formatCombo(combo, mac)}</kbd>;
}
