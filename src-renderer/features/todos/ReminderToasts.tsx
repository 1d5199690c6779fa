import { useAppStores, useSlice } from '../../app/AppContext';
import { ReminderActions } from './RemindersSection';

/** Due reminders as in-app toasts with snooze and done: always in the window, whatever the OS or browser allows. */
export function ReminderToasts() {
  const { todos } = useAppStores();
  const due = useSlice(todos, (s) => s.due);
  if (due.length === 0) return null;
  return (
    <div className="toasts" role="region" aria-label="Reminders">
      {due.map((d) => (
        <div key={d.reminder.id} className="toast" role="alert" data-testid="reminder-toast">
          <div>
            <strong>{d.missed ? 'Missed reminder' : 'Reminder'}:</strong> {d.reminder.title} <span className="muted small">{d.when}</span>
          </div>
          <div className="toast-actions">
            <ReminderActions reminder={d.reminder} />
            <button type="button" className="icon-btn" aria-label={`Dismiss ${d.reminder.title}`} onClick={() => todos.getState().dismissDue(d.reminder.id)}>✕</button>
          </div>
        </div>
      ))}
    </div>
  );
}
