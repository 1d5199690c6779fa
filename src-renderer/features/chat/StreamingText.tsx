import { useAppStores, useSlice } from '../../app/AppContext';
import { MessageMarkdown } from './MessageMarkdown';

/** The only component that re-renders per streamed frame: it reads its own message's text from the stream slice. */
export function StreamingText({ messageId }: { messageId: string }) {
  const { streams } = useAppStores();
  const text = useSlice(streams, (s) => s.texts[messageId]?.text ?? '');
  return (
    <div className="streaming-text">
      <MessageMarkdown text={text} />
      <span className="caret" aria-hidden="true" />
    </div>
  );
}
