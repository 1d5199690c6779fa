// "put the blind in aino's room halfway", "open the shutters half way": a command whose level is said as halfway is
// that command to 50%, read as "set … to 50%" (never the default level a level command takes when none is said).
const HALFWAY = /^(?:(?:and|also|then|now|ok|so)\s+)?(?:put|set|open|close|move|lower|raise|bring|roll|pull|wind)\s+(.+?)\s+(?:half ?way|half)(?:\s+(?:up|down|open|closed|shut))?[.!]*$/i;

export function halfwayLevel(text: string): string {
  const target = HALFWAY.exec(text.trim())?.[1];
  return target ? `set ${target} to 50%` : text;
}
