import { describe, expect, it } from 'vitest';
import { createActionRegistry, findConflicts, helpLines, rebind, resetBinding } from '../../src-renderer/features/actions/actionRegistry';
import { buildAppActions, type AppActionHandlers } from '../../src-renderer/features/actions/appActions';
import { comboFromKeyPress, formatCombo, normaliseCombo, type KeyPress } from '../../src-renderer/features/actions/keyCombos';

/** Handlers that record what ran, so a test sees which action a key, a slash command or the palette reached. */
function recordingHandlers() {
  const ran: string[] = [];
  const handlers = new Proxy({} as AppActionHandlers, {
    get: (_t, name: string) => (arg?: string) => ran.push(arg === undefined ? name : `${name}:${arg}`),
  });
  return { ran, actions: buildAppActions(handlers) };
}
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('key combinations', () => {
  it('treats Ctrl and Cmd as one Mod, upper-cases letters and reads "?" as the character on the key', () => {
    expect(comboFromKeyPress(press('k', { ctrlKey: true }))).toBe('Mod+K');
    expect(comboFromKeyPress(press('K', { metaKey: true, shiftKey: true }))).toBe('Mod+Shift+K');
    expect(comboFromKeyPress(press('?', { shiftKey: true }))).toBe('?');
    expect(comboFromKeyPress(press('Shift', { shiftKey: true }))).toBeNull();
    expect(normaliseCombo('ctrl+shift+f')).toBe('Mod+Shift+F');
    expect(normaliseCombo('Mod++')).toBe('Mod++');
    expect(normaliseCombo('  ')).toBeNull();
    expect(formatCombo('Mod+Shift+F')).toBe('Ctrl+Shift+F');
    expect(formatCombo('Mod+Shift+F', true)).toBe('⌘⇧F');
  });
});

describe('the action registry', () => {
  it('runs the same action from its shortcut, its slash command and the palette search', () => {
    const { ran, actions } = recordingHandlers();
    const registry = createActionRegistry(actions, 'admin');
    registry.forKeyPress(press('n', { ctrlKey: true }), false)?.run('');
    registry.parseSlash('/new')?.action.run('');
    registry.search('new conv')[0]?.run('');
    expect(ran).toEqual(['newConversation', 'newConversation', 'newConversation']);
  });

  it('sends the commands main answers as chat text, with their argument', () => {
    const { ran, actions } = recordingHandlers();
    const registry = createActionRegistry(actions, 'admin');
    const parsed = registry.parseSlash('  /MODE local ');
    parsed?.action.run(parsed.argument);
    registry.get('command.status')?.run('');
    expect(ran).toEqual(['sendCommand:/mode local', 'sendCommand:/status']);
    // Not a command the registry knows: main answers it ("Unknown command").
    expect(registry.parseSlash('/frobnicate')).toBeNull();
    expect(registry.parseSlash('what is /new?')).toBeNull();
  });

  it('does not fire a bare key such as "?" while the person types, but does fire Ctrl/Cmd combinations', () => {
    const { actions } = recordingHandlers();
    const registry = createActionRegistry(actions, 'user');
    expect(registry.forKeyPress(press('?', { shiftKey: true }), false)?.id).toBe('help.show');
    expect(registry.forKeyPress(press('?', { shiftKey: true }), true)).toBeUndefined();
    expect(registry.forKeyPress(press('k', { metaKey: true }), true)?.id).toBe('palette.open');
  });

  it('hides admin and household actions from guests everywhere: palette, keys, slash commands and /help', () => {
    const { actions } = recordingHandlers();
    const guest = createActionRegistry(actions, 'guest');
    const ids = guest.actions.map((a) => a.id);
    for (const hidden of ['settings.open', 'activity.open', 'telemetry.open', 'conversation.settings', 'mode.remote', 'command.resetCircuit']) expect(ids).not.toContain(hidden);
    expect(guest.forKeyPress(press(',', { ctrlKey: true }), false)).toBeUndefined();
    expect(guest.parseSlash('/settings')).toBeNull();
    expect(guest.search('settings')).toEqual([]);
    const help = helpLines(guest, (c) => c);
    expect(help.commands.join('\n')).not.toMatch(/\/settings|\/reset-circuit|\/mode\b/);
    expect(help.commands).toContain('/help: this list');
    expect(helpLines(createActionRegistry(actions, 'admin'), (c) => c).commands.join('\n')).toMatch(/\/settings/);
  });

  it('lists every shortcut in /help from the bindings in effect', () => {
    const { actions } = recordingHandlers();
    const help = helpLines(createActionRegistry(actions, 'admin', { 'composer.focus': ['Mod+J'] }), formatCombo);
    expect(help.shortcuts).toContain('Ctrl+J: Go to the question box');
    expect(help.shortcuts).toContain('Ctrl+K: Command palette');
    expect(help.shortcuts.join('\n')).not.toMatch(/Ctrl\+L/);
  });
});

describe('rebinding', () => {
  it('ships without conflicts', () => {
    expect(findConflicts(recordingHandlers().actions, {})).toEqual([]);
  });

  it('moves an action to a free combination, and the old one stops working', () => {
    const { ran, actions } = recordingHandlers();
    const result = rebind(actions, {}, 'composer.focus', 'ctrl+j');
    expect(result).toEqual({ ok: true, bindings: { 'composer.focus': ['Mod+J'] } });
    if (!result.ok) return;
    const registry = createActionRegistry(actions, 'user', result.bindings);
    registry.forKeyPress(press('j', { ctrlKey: true }), true)?.run('');
    expect(registry.forKeyPress(press('l', { ctrlKey: true }), true)).toBeUndefined();
    expect(ran).toEqual(['focusComposer']);
    expect(resetBinding(result.bindings, 'composer.focus')).toEqual({});
  });

  it('refuses a combination another action holds, by default or by a rebinding, and names that action', () => {
    const { actions } = recordingHandlers();
    expect(rebind(actions, {}, 'composer.focus', 'Mod+K')).toEqual({ ok: false, reason: 'Mod+K is already used by “Command palette”.' });
    const moved = { 'palette.open': ['Mod+P'] };
    // Once the palette moved away, Mod+K is free; Mod+P is not.
    expect(rebind(actions, moved, 'composer.focus', 'Mod+K').ok).toBe(true);
    expect(rebind(actions, moved, 'composer.focus', 'Mod+P')).toMatchObject({ ok: false });
    expect(findConflicts(actions, { 'composer.focus': ['Mod+N'] })).toEqual([{ combo: 'Mod+N', actionIds: ['conversation.new', 'composer.focus'] }]);
  });
});
