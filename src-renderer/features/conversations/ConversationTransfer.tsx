import { useRef } from 'react';
import { MAX_IMPORT_BYTES } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { downloadText } from '../../ui/downloadText';

/** Export every conversation (Markdown to read, JSON to keep) and import a JSON export. */
export function ConversationTransfer() {
  const { conversations } = useAppStores();
  const message = useSlice(conversations, (s) => s.transferMessage);
  const fileInput = useRef<HTMLInputElement>(null);
  const exportAll = async (format: 'markdown' | 'json') => {
    const file = await conversations.getState().exportConversations(format);
    if (file) downloadText(file.text, file.fileName, format === 'json' ? 'application/json' : 'text/markdown');
  };
  return (
    <div className="conversation-transfer">
      <details>
        <summary>Export / import</summary>
        <div className="transfer-buttons">
          <button type="button" className="btn btn-small btn-quiet" data-testid="export-all-markdown" onClick={() => void exportAll('markdown')}>All as Markdown</button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="export-all-json" onClick={() => void exportAll('json')}>All as JSON</button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="import-conversations" onClick={() => fileInput.current?.click()}>Import JSON…</button>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Conversations file to import"
          data-testid="import-conversations-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file && file.size <= MAX_IMPORT_BYTES) void file.text().then((json) => conversations.getState().importConversations(json));
          }}
        />
      </details>
      {message && <p className="muted small" role="status" data-testid="transfer-message">{message}</p>}
    </div>
  );
}
