// A word for "on" that is also the language's "in" (Norwegian "på": "kva lys er på", "ka e på i kjøkkenet") is read
// "in" by the language's reader, and English never ends a question on "is in" nor says "in in": that "in" is "on";
// "what is X in?" (Bergen "ka står X på") asks what X is set to.
const IN_LAST = /\b(is|are) in(\?)?$|^(?:is|are) [^?]+? in(\?)?$/;
const IN_IN = /\b(is|are) in in\b/;
/** "ka står panelovnen på": "what is X in?" with no other place word asks what it is set to. */
const SET_ON = /^what is ((?:(?!\bin\b).)+) in\?$/;

/** The read sentence with such an "in" said as "on" (unchanged otherwise). */
export function inLeftLast(read: string): string {
  return read.replace(SET_ON, 'what is $1 set to?').replace(IN_LAST, (said) => said.replace(/ in(\??)$/, ' on$1')).replace(IN_IN, '$1 on in');
}
