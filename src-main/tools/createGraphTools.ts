import { createEntity } from './createEntity';
import { createRelationship } from './createRelationship';
import { findDeviceControls } from './findDeviceControls';
import { findPath } from './findPath';
import { findSimilarEntities } from './findSimilarEntities';
import { getAutomationsInRoom } from './getAutomationsInRoom';
import { getDevicesInRoom } from './getDevicesInRoom';
import { getEntityDetails } from './getEntityDetails';
import { getProceduresForDevice } from './getProceduresForDevice';
import { getRoomConnections } from './getRoomConnections';
import { searchEntities } from './searchEntities';
import { updateEntity } from './updateEntity';
import type { ToolDefinition } from './ToolDefinition';

/** The 12 graph tools of Inbetweenies v2 §6, in the protocol's order. */
export function createGraphTools(): ToolDefinition[] {
  return [
    getDevicesInRoom,
    findDeviceControls,
    getRoomConnections,
    searchEntities,
    createEntity,
    createRelationship,
    findPath,
    getEntityDetails,
    findSimilarEntities,
    getProceduresForDevice,
    getAutomationsInRoom,
    updateEntity,
  ];
}
