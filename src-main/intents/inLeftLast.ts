// A word for "on" that is also the language's "in" (Norwegian "på": "kva lys er på", "ka e på i kjøkkenet") is read
// "in" by the language's reader, and English never ends a question on "is in" nor says "in in": that "in" is "on".
const IN_LAST = /\b(is|are) in(\?)?$/;
const IN_IN = /\b(is|are) in in\b/;

/** The read sentence with such an "in" said as "on" (unchanged otherwise). */
export function inLeftLast(read: string): string {
  return read.replace(IN_LAST, '$1 on$2').replace(IN_IN, '$1 on in');
}
