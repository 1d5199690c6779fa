import { useAppStores, useSlice } from '../../app/AppContext';

/** "‹ 2 / 3 ›" under a reply with several versions, or a question edited into several branches. */
export function VersionSwitcher({ siblings, currentId, noun }: { siblings: readonly string[]; currentId: string; noun: 'version' | 'branch' }) {
  const { chat } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  const index = siblings.indexOf(currentId);
  if (siblings.length < 2 || index === -1) return null;
  const go = (to: number) => {
    const id = siblings[to];
    if (id) void chat.getState().selectBranch(id);
  };
  return (
    <span className="version-switcher" role="group" aria-label={`${noun === 'version' ? 'Reply versions' : 'Question branches'}`} data-testid={`${noun}-switcher`}>
      <button type="button" className="icon-btn" aria-label={`Previous ${noun}`} disabled={busy || index === 0} onClick={() => go(index - 1)} data-testid={`${noun}-previous`}>
        ‹
      </button>
      <span className="version-count" data-testid={`${noun}-count`}>
        {index + 1} / {siblings.length}
      </span>
      <button type="button" className="icon-btn" aria-label={`Next ${noun}`} disabled={busy || index === siblings.length - 1} onClick={() => go(index + 1)} data-testid={`${noun}-next`}>
        ›
      </button>
    </span>
  );
}
