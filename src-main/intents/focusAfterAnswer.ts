// The conversation's focus after an answer (split from FollowUpReader.ts, a pure move): what was asked, about what,
// what was listed and a pending "which one", with the device a place question was answered through as "it".
import type { Entity } from '../../src-shared/protocol/entities';
import { subjectsOf, type Focus, type FocusStore } from './ConversationFocus';
import { soleSubject } from './followUpHelpers';
import { roleOf } from './mentions';
import { throughPartner } from './throughPartner';
import { subjectsAfterSearch } from './searchNoSubject';
import { THROUGH_ONE_DEVICE } from './followUpPatterns';
import type { Understood } from './FollowUpReader';

/** The focus after an answer: what was asked, about what, what was listed, and a pending "which one". */
export function rememberFocus(store: FocusStore, conversationId: string, understood: Understood, cited: Entity[], clarify: Focus['clarify'], acted?: string): void {
  const named = subjectsOf(understood.match);
  const listed = cited.filter((e) => !named.includes(e) || e.entity_type === 'device');
  // "is the office ac on": the answer's one device is what "turn it off" then means, never the room's lights.
  const onlyPlaces = named.length > 0 && named.every((e) => roleOf(e) === 'place');
  const oneDevice = soleSubject(cited).filter((e) => e.entity_type === 'device');
  // "is the front door locked" answered through its lock: "how do i charge it" then means that lock. So is "is his pc
  // on" read as what is on in his room, "close the ones in the lounge", "the humidity in there" read off the bathroom's one
  // fan: the one device it found is "it" in "kill it", "turn it on".
  const aboutThings = THROUGH_ONE_DEVICE.has(understood.match.intent) || Object.values(understood.match.slots).some((v) => v.type === 'kind' || v.type === 'group');
  const subjects = onlyPlaces && oneDevice.length === 1 && aboutThings ? oneDevice : throughPartner(understood.match.intent, named, cited) ?? named;
  // "when does it go off" about the Xbox plug, answered from a note: "it" stays the device for "switch it off now".
  const before = store.get(conversationId)?.subjects[0];
  const stays = subjects.length === 0 && before?.entity_type === 'device' && understood.text.includes(before.name) ? [before] : undefined;
  // "put em on" then "what time do they come on by themselves?" then "and the gallery fan too": a question about what was
  // just acted on keeps the action, so "… too" still adds to it (sameActionAgain.ts).
  const last = store.get(conversationId);
  const keptAction = !acted && last?.acted && before && subjects.includes(before) ? last.acted : undefined;
  store.set(conversationId, {
    text: understood.text,
    intent: understood.match.intent,
    slots: understood.match.slots,
    subjects: stays ?? (subjects.length > 0 ? subjects : subjectsAfterSearch(understood.match.intent, cited, store.get(conversationId)?.subjects) ?? soleSubject(cited)),
    listed,
    ...(before ? { earlier: store.get(conversationId)?.subjects } : {}),
    ...(clarify ? { clarify } : {}),
    ...(acted ?? keptAction ? { acted: acted ?? keptAction } : {}),
  });
}
