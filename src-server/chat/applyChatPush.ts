// One conversation-extension push in one transaction. Messages cannot conflict (client UUIDs, immutable), so the only
// merge is last-writer-wins by version for conversation metadata, approvals and settings.
import type { ChatPush, ChatRejection } from '../../src-shared/protocol/conversationSync';
import { compareVersions } from '../../src-shared/protocol/version';
import type { SqlExecutor } from '../../src-node-shared/sql/SqlClient';
import { CONVERSATION_COLUMNS, type ConversationRow, type MessageRow } from '../storage/chatRows';
import type { ChatPushOutcome } from '../storage/ServerChatStore';
import { lockCounter, storeCounter } from '../storage/syncCounters';

export async function applyChatPush(tx: SqlExecutor, userId: string, push: ChatPush): Promise<ChatPushOutcome> {
  let seq = await lockCounter(tx, 'chat');
  const startSeq = seq;
  const applied: ChatPushOutcome['applied'] = { conversations: [], messages: [], approvals: [], audit: [], settings: [] };
  const rejected: ChatRejection[] = [];
  const affected = new Set<string>([userId]);

  // A push of thousands of messages names a handful of conversations: read each one (and its members) once.
  const conversations = new Map<string, { row: ConversationRow | undefined; members: string[] }>();
  const conversationInfo = async (id: string): Promise<{ row: ConversationRow | undefined; members: string[] }> => {
    let info = conversations.get(id);
    if (!info) {
      const row = (await tx.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM chat_conversations WHERE id = ?`, [id]))[0];
      const members = row ? (await tx.query<{ user_id: string }>('SELECT user_id FROM chat_conversation_members WHERE conversation_id = ?', [id])).map((r) => r.user_id) : [];
      info = { row, members };
      conversations.set(id, info);
    }
    return info;
  };
  const loadConversation = async (id: string): Promise<ConversationRow | undefined> => (await conversationInfo(id)).row;
  const canSee = async (row: ConversationRow): Promise<boolean> => row.owner_id === userId || (await conversationInfo(row.id)).members.includes(userId);
  const noteAudience = async (row: ConversationRow): Promise<void> => {
    affected.add(row.owner_id);
    for (const m of (await conversationInfo(row.id)).members) affected.add(m);
  };

  for (const c of push.conversations) {
    const stored = await loadConversation(c.id);
    if (stored && stored.owner_id !== userId) {
      rejected.push({ kind: 'conversation', id: c.id, reason: 'forbidden' });
      continue;
    }
    if (!stored || compareVersions(c.version, stored.version) > 0) {
      const sharedWith = [...new Set(c.shared_with.filter((u) => u !== userId))];
      await tx.execute(
        `INSERT INTO chat_conversations (id, owner_id, title, pinned, archived, deleted, shared_with, version, created_at, updated_at, seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, pinned = excluded.pinned, archived = excluded.archived, deleted = excluded.deleted,
           shared_with = excluded.shared_with, version = excluded.version, updated_at = excluded.updated_at, seq = excluded.seq`,
        [c.id, userId, c.title, c.pinned ? 1 : 0, c.archived ? 1 : 0, c.deleted ? 1 : 0, JSON.stringify(sharedWith), c.version, stored?.created_at ?? c.created_at, c.updated_at, ++seq],
      );
      const before = stored ? (JSON.parse(stored.shared_with) as string[]) : [];
      if (before.join('\n') !== sharedWith.join('\n')) {
        await tx.execute('DELETE FROM chat_conversation_members WHERE conversation_id = ?', [c.id]);
        for (const member of sharedWith) await tx.execute('INSERT INTO chat_conversation_members (conversation_id, user_id) VALUES (?, ?)', [c.id, member]);
        // Newly added members already hold cursors past this conversation's messages: renumber them so they pull them.
        const ids = await tx.query<{ id: string }>('SELECT id FROM chat_messages WHERE conversation_id = ? ORDER BY seq', [c.id]);
        for (const m of ids) await tx.execute('UPDATE chat_messages SET seq = ? WHERE id = ?', [++seq, m.id]);
        for (const u of [...before, ...sharedWith]) affected.add(u);
      }
      conversations.delete(c.id); // re-read after the write
      await noteAudience((await loadConversation(c.id))!);
    }
    applied.conversations.push(c.id); // an older version loses silently but is acked: LWW already decided
  }

  // Which pushed message ids are already stored, in a few queries rather than one per message.
  const storedMessages = new Map<string, Pick<MessageRow, 'conversation_id' | 'deleted'>>();
  for (let i = 0; i < push.messages.length; i += 500) {
    const chunk = push.messages.slice(i, i + 500).map((m) => m.id);
    const rows = await tx.query<MessageRow>(`SELECT id, conversation_id, deleted FROM chat_messages WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk);
    for (const row of rows) storedMessages.set(row.id, { conversation_id: row.conversation_id, deleted: Number(row.deleted) });
  }

  for (const m of push.messages) {
    const conversation = await loadConversation(m.conversation_id);
    if (!conversation) {
      rejected.push({ kind: 'message', id: m.id, reason: 'unknown_conversation' });
      continue;
    }
    if (!(await canSee(conversation))) {
      rejected.push({ kind: 'message', id: m.id, reason: 'forbidden' });
      continue;
    }
    const stored = storedMessages.get(m.id);
    if (stored && stored.conversation_id !== m.conversation_id) {
      rejected.push({ kind: 'message', id: m.id, reason: 'forbidden' });
      continue;
    }
    if (!stored) {
      await tx.execute(
        'INSERT INTO chat_messages (id, conversation_id, author_id, role, text, envelope, created_at, deleted, parent_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [m.id, m.conversation_id, userId, m.role, m.deleted ? '' : m.text, m.deleted || !m.envelope ? null : JSON.stringify(m.envelope), m.created_at, m.deleted ? 1 : 0, m.parent_id === undefined ? null : (m.parent_id ?? ''), ++seq],
      );
      storedMessages.set(m.id, { conversation_id: m.conversation_id, deleted: m.deleted ? 1 : 0 });
      await noteAudience(conversation);
    } else if (m.deleted && stored.deleted === 0) {
      stored.deleted = 1;
      // The only change a message ever takes: becoming a tombstone.
      await tx.execute("UPDATE chat_messages SET deleted = 1, text = '', envelope = NULL, seq = ? WHERE id = ?", [++seq, m.id]);
      await noteAudience(conversation);
    }
    applied.messages.push(m.id);
  }

  const upsertRecord = async (kind: 'approval' | 'audit' | 'setting', id: string, version: string, body: unknown, lww: boolean): Promise<void> => {
    const [stored] = await tx.query<{ version: string }>('SELECT version FROM chat_records WHERE kind = ? AND owner_id = ? AND id = ?', [kind, userId, id]);
    if (stored && (!lww || compareVersions(version, stored.version) <= 0)) return;
    await tx.execute(
      `INSERT INTO chat_records (kind, id, owner_id, version, body, seq) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (kind, owner_id, id) DO UPDATE SET version = excluded.version, body = excluded.body, seq = excluded.seq`,
      [kind, id, userId, version, JSON.stringify(body), ++seq],
    );
  };
  for (const a of push.approvals) {
    await upsertRecord('approval', a.id, a.version, a.body, true);
    applied.approvals.push(a.id);
  }
  for (const a of push.audit) {
    await upsertRecord('audit', a.id, '', a.body, false); // append-only: the first write stands
    applied.audit.push(a.id);
  }
  for (const s of push.settings) {
    await upsertRecord('setting', s.key, s.version, s.value, true);
    applied.settings.push(s.key);
  }
  if (seq !== startSeq) await storeCounter(tx, 'chat', seq);
  return { applied, rejected, affectedUserIds: [...affected] };
}
