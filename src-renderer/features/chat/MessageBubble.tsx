import { memo, useState } from 'react';
import type { ChatMessage } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { CopyButton } from '../../ui/CopyButton';
import { ProposalCard } from '../approvals/ProposalCard';
import { ChoiceButtons } from './ChoiceButtons';
import { CitationChips } from './CitationChips';
import { EnvelopeLine } from './EnvelopeLine';
import { MessageMarkdown } from './MessageMarkdown';
import { QuestionEditor } from './QuestionEditor';
import { ReplyActions } from './ReplyActions';
import { ReadAloudButton } from '../voice/ReadAloudButton';
import { VersionSwitcher } from './VersionSwitcher';
import { StreamingText } from './StreamingText';

export interface MessageBubbleProps {
  message: ChatMessage;
  isLast: boolean;
  focused: boolean;
  onOpenEntity(id: string): void;
}

export const MessageBubble = memo(function MessageBubble({ message, isLast, focused, onOpenEntity }: MessageBubbleProps) {
  return message.role === 'user' ? (
    <UserMessage message={message} focused={focused} />
  ) : (
    <AssistantMessage message={message} isLast={isLast} focused={focused} onOpenEntity={onOpenEntity} />
  );
});

function UserMessage({ message, focused }: { message: ChatMessage; focused: boolean }) {
  const { chat } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  const [editing, setEditing] = useState(false);
  return (
    // The test id sits on the bubble so a question reads as its text, without the buttons under it.
    <div className="message message-user" data-message-id={message.id} data-focused={focused || undefined}>
      {editing ? (
        <QuestionEditor
          initial={message.text}
          onCancel={() => setEditing(false)}
          onSend={(text) => {
            setEditing(false);
            void chat.getState().send(text, message.id);
          }}
        />
      ) : (
        <div className="bubble" data-testid="message-user">{message.text}</div>
      )}
      {!editing && (
        <div className="message-tools">
          {message.siblings && <VersionSwitcher siblings={message.siblings} currentId={message.id} noun="branch" />}
          <CopyButton text={() => message.text} label="Copy question" testId="copy-message" />
          <button type="button" className="btn btn-small btn-quiet" data-testid="edit-question" disabled={busy} onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      )}
    </div>
  );
}

function AssistantMessage({ message, isLast, focused, onOpenEntity }: { message: ChatMessage; isLast: boolean; focused: boolean; onOpenEntity(id: string): void }) {
  const envelope = message.envelope;
  // An action card already shows its targets as chips; listing them again as sources is noise.
  const targetIds = new Set(envelope?.proposal?.targets.map((t) => t.id) ?? []);
  const sources = envelope?.citations.filter((c) => !targetIds.has(c.entity_id)) ?? [];
  return (
    <div className="message message-assistant" data-testid="message-assistant" data-message-id={message.id} data-focused={focused || undefined}>
      <div className="bubble">
        <MessageMarkdown text={message.text} />
        {envelope?.choices && envelope.choices.length > 0 && isLast && <ChoiceButtons choices={envelope.choices} />}
        {envelope?.proposal && <ProposalCard proposal={envelope.proposal} onOpenEntity={onOpenEntity} />}
        {sources.length > 0 && <CitationChips citations={sources} onOpenEntity={onOpenEntity} />}
      </div>
      {envelope && <EnvelopeLine envelope={envelope} />}
      <div className="message-tools">
        {message.siblings && <VersionSwitcher siblings={message.siblings} currentId={message.id} noun="version" />}
        <CopyButton text={() => message.text} label="Copy answer" testId="copy-message" />
        {envelope && <ReplyActions envelope={envelope} messageId={message.id} isLast={isLast} />}
        {envelope && <ReadAloudButton text={message.text} />}
      </div>
    </div>
  );
}

/** An assistant reply still being produced: same box as the final message so nothing jumps when it lands. */
export function StreamingBubble({ messageId }: { messageId: string }) {
  return (
    <div className="message message-assistant streaming" data-testid="message-assistant" data-streaming="true">
      <div className="bubble">
        <StreamingText messageId={messageId} />
      </div>
      <div className="envelope" aria-hidden="true">
        <span className="envelope-line">answering…</span>
      </div>
    </div>
  );
}
