import type { ReminderView } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { formatInZone } from './todoFilters';

const REPEATS: Record<string, string> = { daily: 'every day', weekdays: 'every weekday', weekly: 'every week', monthly: 'every month' };

export function ReminderActions({ reminder }: { reminder: Pick<ReminderView, 'id' | 'title'> }) {
  const { todos } = useAppStores();
  return (
    <span className="reminder-actions" role="group" aria-label={`Snooze or finish ${reminder.title}`}>
      <button type="button" className="btn btn-small" onClick={() => void todos.getState().snooze(reminder.id, '10m')}>10 min</button>
      <button type="button" className="btn btn-small" onClick={() => void todos.getState().snooze(reminder.id, '1h')}>1 h</button>
      <button type="button" className="btn btn-small" onClick={() => void todos.getState().snooze(reminder.id, 'tomorrow')}>Tomorrow</button>
      <button type="button" className="btn btn-small btn-primary" onClick={() => void todos.getState().completeReminder(reminder.id)}>Done</button>
    </span>
  );
}

/** Upcoming reminders in the home's time zone, and those missed while the app was closed. */
export function RemindersSection() {
  const { todos } = useAppStores();
  const overview = useSlice(todos, (s) => s.overview);
  if (!overview) return null;
  const upcoming = overview.reminders.filter((r) => !r.done);
  return (
    <section className="reminders" aria-labelledby="reminders-heading">
      <h3 id="reminders-heading" className="todos-heading">Reminders</h3>
      {overview.missed.length > 0 && (
        <div className="missed" role="alert" data-testid="missed-reminders">
          <strong>Missed while Goodies was closed:</strong>
          <ul>
            {overview.missed.map((m) => (
              <li key={m.reminder.id}>
                {m.reminder.title} <span className="muted">(was due {m.when})</span> <ReminderActions reminder={m.reminder} />
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => void todos.getState().dismissMissed()}>Dismiss</button>
        </div>
      )}
      {upcoming.length === 0 ? (
        <p className="muted small">No reminders. Say “remind me to … tomorrow at 8” in chat.</p>
      ) : (
        <ul className="reminder-list" data-testid="reminder-list">
          {upcoming.map((r) => (
            <li key={r.id} className="reminder-item" data-testid="reminder-item">
              <span className="reminder-when">{formatInZone(r.due_at, overview.timeZone)}</span>
              <span className="reminder-title">{r.title}</span>
              {r.recurrence && <span className="badge">{REPEATS[r.recurrence]}</span>}
              {r.snoozed_until && <span className="badge">snoozed</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
