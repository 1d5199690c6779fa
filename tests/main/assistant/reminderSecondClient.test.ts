// Issue 15: "a reminder created while offline and edited on a second client after sync fires once, at the edited
// time". Two real clients (two SQLite files). Client A (the one that notifies) creates the reminder with no server;
// it reaches client B, B edits it, and B's version comes back to A by writes that never go through A's tools: as a
// pull applies it (a non-pending version from another user), and as a multi-feature unit of work commits it (a home
// file import, whose change event fires after the commit). A's scheduler reschedules from the graph's change event
// each time: one notification, at the edited time, never at the old one. The last case runs the real sync against our
// home server: A logs in and pushes, B pulls, edits and pushes, A pushes then pulls.
import { afterEach, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src-shared/protocol/entities';
import { VersionClock } from '../../../src-shared/protocol/version';
import { callOk, createTestServices, type TestServices } from '../../support/createTestServices';
import { householdEntityVersion } from './householdEntityVersion';
import { ManualTimers } from './ManualTimers';
import { FIXED_NOW_MS, openAssistantHarness, type AssistantHarness } from './assistantHarness';
import { SYNC_SERVERS, type RunningSyncServer } from '../sync/support/syncServers';

let a: AssistantHarness | undefined;
let b: TestServices | undefined;
let server: RunningSyncServer | undefined;
afterEach(async () => {
  await a?.cleanup();
  await b?.cleanup();
  await server?.stop();
  server = undefined;
  a = undefined;
  b = undefined;
});

async function twoClients() {
  const clock = { nowMs: FIXED_NOW_MS };
  const timers = new ManualTimers(clock);
  a = await openAssistantHarness({ clock, timers, scheduleReminders: true });
  b = await createTestServices({ userId: 'second-client', assistant: { now: () => clock.nowMs, scheduleReminders: false } });
  const harness = a;
  const scheduler = harness.t.services.assistant.scheduler;
  return { a: harness, b, timers, advance: (ms: number) => timers.advance(ms, () => scheduler.whenIdle()), settle: () => scheduler.whenIdle() };
}

/**
 * B edits the reminder it received: a new version on top of A's, written by B's own clock as a local edit. Versions
 * are minted from the wall clock (the reminders' clock is pinned to 2026-10-23, versions are not), a little ahead.
 */
async function editOnB(b: TestServices, original: Entity, at: string): Promise<Entity> {
  await b.services.store.applyChanges({ entities: [original], pending: false }); // the sync that brought it to B
  const edited = householdEntityVersion(original, { at }, new VersionClock(() => Date.now() + 1_000), 'second-client');
  await b.services.store.applyChanges({ entities: [edited], pending: true });
  return edited;
}

/** What a sync push does before its pull: the server acknowledged A's local version, so it is no longer pending. */
async function pushed(a: AssistantHarness, entity: Entity): Promise<void> {
  await a.t.services.store.markPushed('home-server', { entities: [{ id: entity.id, version: entity.version }], relationships: [] });
}

describe('a reminder edited on a second client fires once, at the edited time', () => {
  it('B\'s edit arriving as a pull (not through A\'s tools)', async () => {
    const { a, b, timers, advance, settle } = await twoClients();
    const { reminder } = await a.call('assistant.createReminder', { text: 'call the plumber in 1 hour' });
    await settle();
    const original = await a.t.services.store.getEntity(reminder.id);
    if (!original) throw new Error('not stored');
    const editedAt = new Date(FIXED_NOW_MS + 90 * 60_000).toISOString();
    const edited = await editOnB(b, original, editedAt);
    await pushed(a, original); // sync pushes before it pulls

    await a.t.services.store.applyChanges({ entities: [edited], pending: false });
    await settle();
    expect(timers.armedCount).toBe(1);
    await advance(90 * 60_000 - 1);
    expect(a.notifications).toEqual([]); // the old time (+1 h) passed silently
    await advance(1);
    expect(a.notifications).toEqual([{ title: 'Reminder', body: 'call the plumber' }]);
    await advance(24 * 3600_000);
    expect(a.notifications).toHaveLength(1);
  });

  it('B\'s edit arriving in a unit of work (a home file import): rescheduled after the commit', async () => {
    const { a, b, advance, settle } = await twoClients();
    const { reminder } = await a.call('assistant.createReminder', { text: 'collect the parcel in 1 hour' });
    await settle();
    const original = await a.t.services.store.getEntity(reminder.id);
    if (!original) throw new Error('not stored');
    const editedAt = new Date(FIXED_NOW_MS + 30 * 60_000).toISOString(); // moved earlier
    await editOnB(b, original, editedAt);
    const { json } = await callOk(b, 'home.exportJson', {});
    // A reminder's time is a schedule's content: the import names it and needs confirming like any such change.
    const imported = await a.call('home.importJson', { json, mode: 'merge', confirm: true });
    expect(imported.securityChanges).toEqual([expect.stringContaining('collect the parcel')]);
    await settle();

    await advance(30 * 60_000 - 1);
    expect(a.notifications).toEqual([]);
    await advance(1);
    expect(a.notifications).toEqual([{ title: 'Reminder', body: 'collect the parcel' }]);
    await advance(2 * 3600_000); // past the original +1 h: nothing more
    expect(a.notifications).toHaveLength(1);
  });

  it('an edit after it already fired fires again once at the new time; a remote delete disarms it', async () => {
    const { a, b, timers, advance, settle } = await twoClients();
    const { reminder } = await a.call('assistant.createReminder', { text: 'water the plants in 1 minute' });
    await advance(60_000);
    expect(a.notifications).toHaveLength(1);
    const fired = await a.t.services.store.getEntity(reminder.id);
    if (!fired) throw new Error('not stored');
    const later = await editOnB(b, fired, new Date(FIXED_NOW_MS + 3 * 3600_000).toISOString());
    await pushed(a, fired); // A's "fired" mark reached the server before B's edit comes back
    await a.t.services.store.applyChanges({ entities: [later], pending: false });
    await settle();
    await advance(3 * 3600_000 - 60_000);
    expect(a.notifications).toHaveLength(2);

    const again = await a.t.services.store.getEntity(reminder.id);
    if (!again) throw new Error('not stored');
    await pushed(a, again);
    const moved = householdEntityVersion(again, { at: new Date(FIXED_NOW_MS + 5 * 3600_000).toISOString() }, new VersionClock(() => Date.now() + 2_000), 'second-client');
    await a.t.services.store.applyChanges({ entities: [moved], pending: false });
    await settle();
    expect(timers.armedCount).toBe(1);
    const tombstone = householdEntityVersion(moved, { deleted: true }, new VersionClock(() => Date.now() + 3_000), 'second-client');
    await a.t.services.store.applyChanges({ entities: [tombstone], pending: false });
    await settle();
    expect(timers.armedCount).toBe(0);
    await advance(24 * 3600_000);
    expect(a.notifications).toHaveLength(2);
  });

  it('through a real home server: created offline on A, synced, edited on B, synced back: fires once, at the edited time', async () => {
    const { a, b, timers, advance, settle } = await twoClients();
    const ours = SYNC_SERVERS.find((k) => k.name === 'our server');
    if (!ours) throw new Error('no server kind');
    server = await ours.start();
    const { reminder } = await a.call('assistant.createReminder', { text: 'change the filter in 1 hour' });
    await settle();

    await a.call('sync.login', { serverUrl: server.url, password: server.adminPassword });
    expect((await a.call('sync.now', {})).pushed.entities).toBeGreaterThan(0);
    await callOk(b, 'sync.login', { serverUrl: server.url, password: server.adminPassword });
    await callOk(b, 'sync.now', {});
    const onB = await b.services.store.getEntity(reminder.id);
    if (!onB) throw new Error('the reminder did not reach B');
    const edited = householdEntityVersion(onB, { at: new Date(FIXED_NOW_MS + 2 * 3600_000).toISOString() }, new VersionClock(() => Date.now() + 1_000), 'second-client');
    await b.services.store.applyChanges({ entities: [edited], pending: true });
    await callOk(b, 'sync.now', {});

    await a.call('sync.now', {});
    await settle();
    expect((await a.t.services.store.getEntity(reminder.id))?.version).toBe(edited.version);
    expect(timers.armedCount).toBe(1);
    await advance(2 * 3600_000 - 1);
    expect(a.notifications).toEqual([]); // the old time (+1 h) passed silently
    await advance(1);
    expect(a.notifications).toEqual([{ title: 'Reminder', body: 'change the filter' }]);
    await advance(24 * 3600_000);
    expect(a.notifications).toHaveLength(1);
  });
});
