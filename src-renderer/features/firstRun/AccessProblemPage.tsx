import type { AccessProblem } from '../../bridge/createBridge';

/**
 * Browser mode opened without its access link, or with a link from an earlier run (each `goodies serve` makes a new
 * one). Says what happened and how to get a link that works, instead of a connection error.
 */
export function AccessProblemPage({ problem }: { problem: AccessProblem }) {
  return (
    <main className="access-page" data-testid="access-problem" aria-labelledby="access-title">
      <div className="access-card">
        <h1 id="access-title">{problem === 'missing_token' ? 'This page needs its access link' : 'This access link has expired'}</h1>
        <p>
          {problem === 'missing_token'
            ? 'Goodies only opens from the link it prints when it starts, so that no other page or program on this computer can use it.'
            : 'Goodies is running, but it did not accept this link. Each start of Goodies makes a new link, and links from earlier starts stop working.'}
        </p>
        <h2>Get a fresh link</h2>
        <ol className="steps">
          <li>Find the terminal where <code>goodies serve</code> runs. It printed a line like <code>http://127.0.0.1:PORT/#token=…</code>.</li>
          <li>Open that whole link (with the part after <code>#token=</code>) in this browser.</li>
          <li>
            Closed the terminal or restarted the computer? Run <code>goodies serve</code> again; it prints a new link (and opens it for you
            unless <code>--no-open</code> is given).
          </li>
        </ol>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          Try again
        </button>
      </div>
    </main>
  );
}
