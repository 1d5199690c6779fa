import type { Command } from 'commander';
import type { ReplyEnvelope } from '../../../src-preload/contract';
import type { CliContext } from '../CliContext';
import { printJson } from '../cliOutput';

export function formatReply(reply: ReplyEnvelope): string {
  const lines = [reply.response.trimEnd()];
  if (reply.notice) lines.push('', `Note: ${reply.notice}`);
  if (reply.citations.length > 0) {
    lines.push('', `Sources: ${reply.citations.map((c) => `${c.name} (${c.entity_type})`).join(', ')}`);
  }
  const via = reply.model ? `${reply.provider}, ${reply.model}` : reply.provider;
  lines.push(`[${reply.mode}: ${via} · ${reply.freshness.label}]`);
  return `${lines.join('\n')}\n`;
}

export function registerAskCommand(program: Command, context: CliContext): void {
  program
    .command('ask')
    .description('Ask a question about the home (answered like the chat, from the same core)')
    .argument('<question>', 'the question, in quotes')
    .option('--conversation <id>', 'continue an existing conversation')
    .action(async (question: string, options: { conversation?: string }) => {
      const sent = await context.withSession('cli', (session) =>
        session.call('chat.send', { text: question, ...(options.conversation ? { conversationId: options.conversation } : {}) }),
      );
      if (context.globals.json) printJson(context.io, sent.reply);
      else context.io.stdout(formatReply(sent.reply));
    });
}
