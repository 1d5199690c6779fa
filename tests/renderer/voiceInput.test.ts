// Voice input is offered only where the platform has speech recognition, and dictates what it heard.
import { describe, expect, it } from 'vitest';
import { recognitionConstructor, transcriptOf } from '../../src-renderer/features/voice/speechRecognition';

describe('voice input', () => {
  it('is offered only where SpeechRecognition (or the webkit one) exists', () => {
    expect(recognitionConstructor({})).toBeUndefined();
    class Fake {}
    expect(recognitionConstructor({ webkitSpeechRecognition: Fake })).toBe(Fake);
    expect(recognitionConstructor({ SpeechRecognition: Fake, webkitSpeechRecognition: 1 })).toBe(Fake);
    expect(recognitionConstructor({ SpeechRecognition: 'nope' })).toBeUndefined();
  });

  it('the transcript is every result\'s best alternative, in order', () => {
    const results = [Object.assign([{ transcript: 'remind me to water' }], { isFinal: true }), Object.assign([{ transcript: ' the plants at 8' }], { isFinal: false })];
    expect(transcriptOf(results)).toBe('remind me to water the plants at 8');
  });
});
