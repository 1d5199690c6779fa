import { useEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../../../src-preload/contract';

/**
 * The text a screen reader hears when a reply lands. The virtualized list can't be a live region (scrolling would
 * announce every message that scrolls into view), so only a new last reply is announced.
 */
export function useReplyAnnouncement(messages: readonly ChatMessage[]): string {
  const [text, setText] = useState('');
  const lastSeen = useRef<string | null | undefined>(undefined);
  const last = messages.at(-1);
  useEffect(() => {
    const id = last?.id ?? null;
    if (lastSeen.current !== undefined && id !== lastSeen.current && last?.role === 'assistant') {
      setText(`Goodies: ${last.text.slice(0, 300)}`);
    }
    lastSeen.current = id;
  }, [last]);
  return text;
}
