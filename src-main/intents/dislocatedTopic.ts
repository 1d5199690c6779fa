// "and the heater, what is it set to?", "what about the porch light, is it on?": spoken English names the thing first
// and asks about it after a comma with "it". The "it" is the thing just named, never the last answer's subject (the
// blanket asked about before), which would answer a confident "has no temperature setting" about the wrong device.
/** A topic said first ("and the heater", "what about my lamp"), a comma, then a question or command with "it". */
const DISLOCATED = /^(?:and|what about|how about)\s+((?:the|my|our|your)\s+[^,?.!]{2,40}?)\s*,\s*(.*)$/i;
// "the forstofa feels cold, what's it at": a place or thing said with how it feels, then the question about it.
const FELT = /^((?:the|my|our)\s+[^,?.!]{2,40}?)\s+(?:feels|is|seems|'s|’s)\s+(?:(?:so|a bit|really|too|very|kinda|pretty)\s+)?(?:cold|warm|hot|chilly|freezing|stuffy|dry|humid|damp)\s*,\s*(.*)$/i;
const IT = /\bit(?!['’]s\b)\b/i;
const IT_IS = /\bit['’]s\b/i;

/** The question with "it" put back as the topic ("what is the heater set to?"), or the text unchanged. */
export function dislocatedTopic(text: string): string {
  if (!text.includes(',')) return text;
  const m = DISLOCATED.exec(text.trim()) ?? FELT.exec(text.trim());
  const [topic, rest] = [m?.[1], m?.[2]];
  if (!topic || !rest) return text;
  if (IT.test(rest)) return rest.replace(IT, topic);
  return IT_IS.test(rest) ? rest.replace(IT_IS, `${topic} is`) : text;
}
