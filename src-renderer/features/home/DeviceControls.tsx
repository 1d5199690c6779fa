import { useState } from 'react';
import type { Entity } from '../../../src-shared/protocol/entities';
import { useAppStores, useSlice } from '../../app/AppContext';
import { deviceControls } from './deviceControls';
import type { DeviceControl } from './deviceControls';

/** Toggle, level and lock controls; each asks in chat, where the change waits for approval as an action card. */
export function DeviceControls({ entity }: { entity: Entity }) {
  const { chat } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  const controls = deviceControls(entity);
  if (controls.length === 0) return null;
  const ask = (request: string) => void chat.getState().send(request);
  return (
    <section aria-label="Controls" className="device-controls" data-testid="device-controls">
      <h4>Controls</h4>
      <div className="device-control-row">
        {controls.map((c) => (
          <Control key={c.label} control={c} disabled={busy} onAsk={ask} />
        ))}
      </div>
      <p className="muted small">Changes are proposed in the chat and wait for your approval.</p>
    </section>
  );
}

function Control({ control, disabled, onAsk }: { control: DeviceControl; disabled: boolean; onAsk(request: string): void }) {
  const [value, setValue] = useState(control.kind === 'toggle' ? 0 : control.value);
  if (control.kind === 'toggle') {
    return (
      <button type="button" className="btn btn-small" data-testid="device-toggle" disabled={disabled} onClick={() => onAsk(control.request)}>
        {control.label}
      </button>
    );
  }
  const isLevel = control.kind === 'level';
  return (
    <form
      className="device-level"
      onSubmit={(e) => {
        e.preventDefault();
        onAsk(control.request(value));
      }}
    >
      <label>
        <span className="field-label">{control.label}</span>
        <input
          type={isLevel ? 'range' : 'number'}
          className={isLevel ? 'device-range' : 'input device-number'}
          min={isLevel ? 0 : 5}
          max={isLevel ? 100 : 30}
          step={isLevel ? 5 : 0.5}
          value={value}
          data-testid={isLevel ? 'device-level' : 'device-setpoint'}
          aria-valuetext={isLevel ? `${value}%` : `${value} °C`}
          onChange={(e) => setValue(Number(e.target.value))}
        />
      </label>
      <span className="device-level-value">{isLevel ? `${value}%` : ''}</span>
      <button type="submit" className="btn btn-small" disabled={disabled}>
        Set
      </button>
    </form>
  );
}
