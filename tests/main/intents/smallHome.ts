// Small homes written inside intent tests, in one shape: a line per entity (`device`, `room`, `zone`, `place`) and one
// opener, so a test lists names, kinds and where things are, and every test builds its home the same way (each room
// part of the home or of the parent it names, each device located in its room, then any edges of its own).
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

export const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
export const room = (id: string, name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type: 'room', name, content });
export const zone = (id: string, name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type: 'zone', name, content });

export interface SmallHome {
  /** Every entity, in the order written (each gets a version by its position). */
  entities: readonly RawEntity[];
  /** Each device's room; a device left out stands in `fallbackRoom`. */
  placeOf: Readonly<Record<string, string>>;
  fallbackRoom: string;
  /** What the rooms are part of: by default the entity of type `home`. */
  homeId?: string;
  /** A room part of something else than the home (a zone), by the room's id. */
  parentOf?: Readonly<Record<string, string>>;
  /** Edges of the test's own, after the rooms' and the devices'. */
  edges?: readonly RawEdge[];
  /** The edges' ids are `${edgePrefix}-1`, `-2`, … */
  edgePrefix: string;
}

/** The edges a small home's rooms and devices get, then the test's own. */
export function smallHomeEdges(home: SmallHome): RawEdge[] {
  const homeId = home.homeId ?? home.entities.find((e) => e.entity_type === 'home')?.id;
  if (homeId === undefined) throw new Error('a small home needs an entity of type home, or a homeId');
  const rooms = home.entities.filter((e) => e.entity_type === 'room');
  const devices = home.entities.filter((e) => e.entity_type === 'device');
  const parentOf = home.parentOf ?? {};
  const edges = roomAndDeviceEdges(homeId, rooms, devices, home.placeOf, home.fallbackRoom).map((edge) =>
    edge.type === 'part_of' && parentOf[edge.from] !== undefined ? { ...edge, to: parentOf[edge.from] as string } : edge);
  return [...edges, ...(home.edges ?? [])];
}

export function smallHomeJson(home: SmallHome): string {
  return homeExportJson(home.entities, smallHomeEdges(home), home.edgePrefix);
}

export async function openSmallHome(home: SmallHome): Promise<Harness> {
  return openHarness({ homeJson: smallHomeJson(home) });
}
