import { memo } from 'react';
import type { ChatMessage } from '../../../src-preload/contract';
import { ProposalCard } from '../approvals/ProposalCard';
import { ChoiceButtons } from './ChoiceButtons';
import { CitationChips } from './CitationChips';
import { EnvelopeLine } from './EnvelopeLine';
import { ReplyActions } from './ReplyActions';
import { ReadAloudButton } from '../voice/ReadAloudButton';

export const MessageBubble = memo(function MessageBubble({ message, isLast, onOpenEntity }: { message: ChatMessage; isLast: boolean; onOpenEntity(id: string): void }) {
  if (message.role === 'user') {
    return (
      <li className="message message-user" data-testid="message-user">
        <div className="bubble">{message.text}</div>
      </li>
    );
  }
  const envelope = message.envelope;
  // An action card already shows its targets as chips; listing them again as sources is noise.
  const targetIds = new Set(envelope?.proposal?.targets.map((t) => t.id) ?? []);
  const sources = envelope?.citations.filter((c) => !targetIds.has(c.entity_id)) ?? [];
  return (
    <li className="message message-assistant" data-testid="message-assistant" data-message-id={message.id}>
      <div className="bubble">
        <div className="message-text">{message.text}</div>
        {envelope?.choices && envelope.choices.length > 0 && isLast && <ChoiceButtons choices={envelope.choices} />}
        {envelope?.proposal && <ProposalCard proposal={envelope.proposal} onOpenEntity={onOpenEntity} />}
        {sources.length > 0 && <CitationChips citations={sources} onOpenEntity={onOpenEntity} />}
      </div>
      {envelope && <EnvelopeLine envelope={envelope} />}
      {envelope && <ReplyActions envelope={envelope} isLast={isLast} />}
      {envelope && <ReadAloudButton text={message.text} />}
    </li>
  );
});

/** An assistant reply still being produced: same box as the final message so nothing jumps when it lands. */
export function StreamingBubble({ text }: { text: string }) {
  return (
    <li className="message message-assistant streaming" data-testid="message-assistant" data-streaming="true">
      <div className="bubble">
        <div className="message-text">
          {text}
          <span className="caret" aria-hidden="true" />
        </div>
      </div>
      <div className="envelope" aria-hidden="true">
        <span className="envelope-line">answering…</span>
      </div>
    </li>
  );
}
