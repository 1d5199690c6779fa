// Issue 12, trust fix: a question that names a device kind ("the front door lock", "is the front door locked") in a
// home whose names are in a language the lexicon does not know (Hungarian, trustFixturesHungarian.ts) is answered
// about the locks, never with a confident "none" about the doorbell whose model says "Doorbell".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { hungarianTrustHome } from './trustFixturesHungarian';

let h: Harness;
let conversation = 0;

async function askIn(home: Harness, question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await home.responder.respond(question, home.context({ conversationId: `hu-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  return askIn(h, question);
}

const LOCKS = ['Bejárati ajtó zár', 'Hátsó ajtó zár', 'Garázs zár'];
const DOORBELL = 'Ajtócsengő';

beforeAll(async () => {
  h = await openHarness({ homeJson: hungarianTrustHome() });
});
afterAll(() => h.dispose());

describe('a question naming the lock kind is about the locks, not the doorbell', () => {
  it.each(['which app for the front door lock', 'which app for the front door lock?', 'what app controls the front door lock'])(
    '"%s" names the lock app and never says the doorbell has none',
    async (q) => {
      const a = await ask(q);
      expect(a.cited, a.text).toContain('Bejárati ajtó zár');
      expect(a.cited).not.toContain(DOORBELL);
      expect(a.text).toMatch(/Nuki app \(Bejárati ajtó zár\)/);
      expect(a.text).not.toMatch(new RegExp(`No app is linked to ${DOORBELL}`));
    },
  );

  it.each(['manual for the front door lock?', 'manual for the front door lock', 'is there a manual for the front door lock', 'manual for the back door lock?'])(
    '"%s" gives the lock manual and says which locks have none',
    async (q) => {
      const a = await ask(q);
      expect(a.cited, a.text).toEqual(expect.arrayContaining(['Bejárati ajtó zár', 'Nuki juhend']));
      expect(a.cited).not.toContain(DOORBELL);
      expect(a.text).toMatch(/Nuki juhend/);
      expect(a.text).not.toMatch(/I couldn't find/);
      expect(a.text).not.toMatch(new RegExp(`no manual or procedure for ${DOORBELL}`));
    },
  );

  it.each(['is the front door locked', 'is the front door locked?', 'is the front door lock locked'])('"%s" reads the locks, not the doorbell', async (q) => {
    const a = await ask(q);
    expect(a.cited, a.text).toEqual(expect.arrayContaining(LOCKS));
    expect(a.cited).not.toContain(DOORBELL);
    expect(a.text).not.toMatch(/no lock reading/);
    expect(a.text).toMatch(/Hátsó ajtó zár is not locked/);
  });

  it('the doorbell itself, named by its kind, still answers about the doorbell', async () => {
    const a = await ask('which app for the doorbell');
    expect(a.cited, a.text).toContain(DOORBELL);
    expect(a.text).toMatch(/Ajtócsengő is controlled with Ring/);
  });
});

describe('with an English alias on the doorbell ("front door bell")', () => {
  let aliased: Harness;
  beforeAll(async () => {
    aliased = await openHarness({ homeJson: hungarianTrustHome({ doorbellAlias: 'front door bell' }) });
  });
  afterAll(() => aliased.dispose());

  it.each([
    ['which app for the front door lock', /Nuki app \(Bejárati ajtó zár\)/],
    ['manual for the front door lock?', /Nuki juhend/],
    ['is the front door locked', /Hátsó ajtó zár is not locked/],
  ])('"%s" is still about the locks', async (q, expected) => {
    const a = await askIn(aliased, q);
    expect(a.cited, a.text).toContain('Bejárati ajtó zár');
    expect(a.cited).not.toContain(DOORBELL);
    expect(a.text).toMatch(expected);
  });

  it('"is the front door bell locked" names the doorbell and answers through the lock next to it, said as such', async () => {
    const a = await askIn(aliased, 'is the front door bell locked');
    expect(a.text, a.text).toMatch(/Ajtócsengő has no lock of its own; Bejárati ajtó zár next to it is locked/);
  });
});

describe.each(['Front Doorbell', 'Front Door Chime', 'Front Door Lamp'])('with the doorbell named "%s" ("front door" in its name; "Front Door Lamp" is a near name of "front door lock")', (name) => {
  let english: Harness;
  beforeAll(async () => {
    english = await openHarness({ homeJson: hungarianTrustHome({ doorbellName: name }) });
  });
  afterAll(() => english.dispose());

  it.each([
    ['which app for the front door lock', /Nuki app \(Bejárati ajtó zár\)/],
    ['manual for the front door lock', /Nuki juhend/],
    ['is the front door lock locked', /Hátsó ajtó zár is not locked/],
  ])('"%s" is about the locks, never "none" about the doorbell', async (q, expected) => {
    const a = await askIn(english, q);
    expect(a.cited, a.text).toContain('Bejárati ajtó zár');
    expect(a.cited).not.toContain(name);
    expect(a.text).toMatch(expected);
  });

  it('"is the front door locked" reads the front door lock (through the doorbell at most, said as such)', async () => {
    const a = await askIn(english, 'is the front door locked');
    expect(a.text, a.text).toMatch(/Bejárati ajtó zár( next to it)? is locked/);
    expect(a.text).not.toMatch(/no lock reading/);
  });
});
