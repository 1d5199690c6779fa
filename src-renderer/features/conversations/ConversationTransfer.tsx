import { MAX_IMPORT_BYTES } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { downloadText } from '../../ui/downloadText';
import { useJsonFilePicker } from '../../ui/useJsonFilePicker';

/** Export every conversation (Markdown to read, JSON to keep) and import a JSON export. */
export function ConversationTransfer() {
  const { conversations } = useAppStores();
  const message = useSlice(conversations, (s) => s.transferMessage);
  const picker = useJsonFilePicker({
    label: 'Conversations file to import',
    testId: 'import-conversations-file',
    onFile: (file) => {
      if (file.size <= MAX_IMPORT_BYTES) void file.text().then((json) => conversations.getState().importConversations(json));
    },
  });
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
          <button type="button" className="btn btn-small btn-quiet" data-testid="import-conversations" onClick={picker.open}>Import JSON…</button>
        </div>
        {picker.input}
      </details>
      {message && <p className="muted small" role="status" data-testid="transfer-message">{message}</p>}
    </div>
  );
}
