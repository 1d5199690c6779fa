// Slash commands (`/status`, `/help`, `/whoami`, `/clear`, `/sync`). They are answered before any engine sees the text.
import type { Responder, ResponderAnswer, ResponderContext } from './Responder';

export interface ChatCommandsDeps {
  statusText: () => Promise<string>;
  clearConversation: (conversationId: string) => void;
  /** Extra help lines contributed by the engines (e.g. the intent engine's examples). */
  helpText: () => string;
  llm: {
    setMode(mode: 'remote' | 'local' | 'hybrid'): Promise<unknown>;
    resetCircuit(): unknown;
    setModel(name: string): Promise<unknown>;
    describeModels(): string;
  };
  /** `/sync`: sync now (or, for guests and `/sync status`, only describe the state); absent: no sync feature. */
  sync?: { run(full: boolean): Promise<string>; describe(): Promise<string> };
}

const MODES = ['remote', 'local', 'hybrid'] as const;

export const CLEARED_MARKER = 'Conversation cleared.';

export class ChatCommands implements Responder {
  constructor(private readonly deps: ChatCommandsDeps) {}

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    const trimmed = text.trim();
    if (!trimmed.startsWith('/')) return undefined;
    const [command = '', ...rest] = trimmed.slice(1).split(/\s+/);
    const argument = rest.join(' ').trim();
    switch (command.toLowerCase()) {
      case 'mode': {
        const mode = MODES.find((m) => m === argument.toLowerCase());
        if (!mode) return this.reply(`Usage: /mode remote|local|hybrid.\n${this.deps.llm.describeModels()}`, 'mode');
        if (context.role === 'guest') return this.reply('Guests cannot change the model settings.', 'mode');
        await this.deps.llm.setMode(mode);
        return this.reply(`Mode set to ${mode}.`, 'mode');
      }
      case 'reset-circuit':
        if (context.role === 'guest') return this.reply('Guests cannot change the model settings.', 'reset-circuit');
        this.deps.llm.resetCircuit();
        return this.reply('Circuit reset: the next question tries the remote model again.', 'reset-circuit');
      case 'model':
        if (!argument) return this.reply(this.deps.llm.describeModels(), 'model');
        if (context.role === 'guest') return this.reply('Guests cannot change the model settings.', 'model');
        await this.deps.llm.setModel(argument.slice(0, 200));
        return this.reply(`Remote model set to ${argument.slice(0, 200)}.`, 'model');
      case 'help':
        return this.reply(this.help(), 'help');
      case 'status':
        return this.reply(await this.deps.statusText(), 'status');
      case 'sync': {
        if (!this.deps.sync) return this.reply('Sync is not available here.', 'sync');
        const sub = argument.toLowerCase();
        if (sub === 'status' || context.role === 'guest') return this.reply(await this.deps.sync.describe(), 'sync');
        try {
          return this.reply(await this.deps.sync.run(sub === 'full'), 'sync');
        } catch (error) {
          return this.reply(`Sync failed: ${(error as Error).message}\n${await this.deps.sync.describe()}`, 'sync');
        }
      }
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
      '• /mode remote|local|hybrid: which model answers (hybrid: remote, local when it fails)',
      '• /reset-circuit: try the remote model again now',
      '• /model [name]: show the models, or pick the remote model',
      '• /sync [full|status]: sync with the home server now (full: resync from scratch), or show its state',
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
