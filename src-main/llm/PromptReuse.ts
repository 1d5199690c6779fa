/** How much of the last prompt llama.cpp could keep from the previous turn (for tests and bench/llm). */
export interface PromptReuse {
  promptTokens: number;
  /** Prompt tokens kept in the context sequence from the previous turn (not evaluated again). */
  reusedTokens: number;
  /**
   * Prompt tokens llama.cpp actually evaluated before the first generated token, read from the sequence's token
   * meter (not inferred from the prompt): on a warm turn this is the warm first-token cost.
   */
  newTokens: number;
  /** Tokens of the system text (tool list + instructions), the part that should always be reused. */
  systemTokens: number;
}

/** After a generation the sequence holds the prompt, then the generated tokens. */
export function measureReuse(nextTokenIndex: number, generatedTokens: number, evaluated: number, systemTokens: number): PromptReuse {
  const promptTokens = Math.max(evaluated, nextTokenIndex - generatedTokens);
  return { promptTokens, reusedTokens: promptTokens - evaluated, newTokens: evaluated, systemTokens };
}
