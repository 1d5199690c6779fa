// "No app is linked to Әженің ауа тазартқышы" while its description says "управляется кнопками и через Clean Home+":
// a device with no app edge whose own description says it is run through one ("через", "via", "app": lexicon/
// appMentions.json) has that description said after the "no app", never a flat none that hides it.
import type { Entity } from '../../src-shared/protocol/entities';
import mentions from './lexicon/appMentions.json';

const APP_WORD = new RegExp(`(^|[^\\p{L}])(${mentions.words.join('|')})(?=[^\\p{L}]|$)`, 'iu');

/** " Its description says “…”." when the device's description speaks of an app; '' otherwise. */
export function appInDescription(device: Entity): string {
  const description = device.content['description'];
  return typeof description === 'string' && APP_WORD.test(description) ? ` Its description says “${description}”.` : '';
}
