// "turn the camera off", "matiin kamera kamar Adek, lagi ada tamu": a camera is most often switched off through a
// privacy or sleep mode its own app keeps, which an export rarely shows. With no switch in its data, "Kamera can't be
// switched off from here" would be a confident none the data doesn't back; the answer says it is not sure, and why.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';

const CAMERA = 'camera';

/** "I'm not sure Kamera Kamar Adek can be switched off from here: …" for a camera, else undefined. */
export function cameraOffNote(snapshot: HomeSnapshot, device: Entity, power: string): string | undefined {
  if (snapshot.kindsOfDevice.get(device.id)?.has(CAMERA) !== true) return undefined;
  return `I'm not sure ${device.name} can be switched ${power} from here: its data shows no power or privacy switch, so its own app may be the way.`;
}
