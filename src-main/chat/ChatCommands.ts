// Slash commands (`/status`, `/help`, `/whoami`, `/clear`). They are answered before any engine sees the text.
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';

export interface ChatCommandsDeps {
  statusText: () => Promise<string>;
  clearConversation: (conversationId: string) => void;
  /** Extra help lines contributed by the engines (e.g. the intent engine's examples). */
  helpText: () => string;
}

export const CLEARED_MARKER = 'Conversation cleared.';

export class ChatCommands implements Responder {
  constructor(private readonly deps: ChatCommandsDeps) {}

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    const trimmed = text.trim();
    if (!trimmed.startsWith('/')) return undefined;
    const [command = ''] = trimmed.slice(1).split(/\s+/, 1);
    switch (command.toLowerCase()) {
      case 'help':
        return this.reply(this.help(), 'help');
      case 'status':
        return this.reply(await this.deps.statusText(), 'status');
      case 'whoami':
        return this.reply(`You are “${context.userId}”, role ${context.role}${context.role === 'guest' ? ' (read-only: you can ask, not change the home)' : ''}.`, 'whoami');
      case 'clear':
        this.deps.clearConversation(context.conversationId);
        return this.reply(CLEARED_MARKER, 'clear');
      default:
        return this.reply(`Unknown command /${command.slice(0, 40)}. Type /help to see what I understand.`, 'unknown_command');
    }
  }

  private help(): string {
    return [
      'Ask about your home in plain words. Commands:',
      '• /status: network, home server, language model and graph status',
      '• /whoami: who you are and what you may do',
      '• /clear: clear this conversation',
      '• /help: this list',
      this.deps.helpText(),
    ].filter(Boolean).join('\n');
  }

  private reply(text: string, command: string): ResponderAnswer {
    return { text, citations: [], tool_calls: [], proposal: null, provider: 'command', model: command };
  }
}
