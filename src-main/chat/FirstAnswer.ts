import type { Responder, ResponderAnswer, ResponderContext } from './Responder';

/** A chain of responders as one: the first that answers wins. */
export class FirstAnswer implements Responder {
  constructor(private readonly responders: readonly Responder[]) {}

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    for (const responder of this.responders) {
      const answer = await responder.respond(text, context);
      if (answer) return answer;
    }
    return undefined;
  }
}
