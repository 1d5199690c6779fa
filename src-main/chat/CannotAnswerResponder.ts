// The last step of the answer path: an honest "can't, here's why" instead of a made-up answer.
import type { Responder, ResponderAnswer } from './Responder';

export class CannotAnswerResponder implements Responder {
  constructor(private readonly reason: () => string) {}

  async respond(): Promise<ResponderAnswer> {
    return {
      text:
        `I can't answer that yet. ${this.reason()} ` +
        'I can answer questions about your home from the local graph, for example “what devices are in the kitchen?” or “find thermostat”. Type /help for more.',
      citations: [],
      tool_calls: [],
      proposal: null,
      provider: 'none',
      model: null,
      notice: 'No answer engine could handle this question.',
    };
  }
}
