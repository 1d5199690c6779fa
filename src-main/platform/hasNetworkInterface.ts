// "Online" for plain Node: a non-internal network interface exists. No DNS or HTTP probe: the health checks of the
// home server and the LLM provider already tell whether those are reachable; this only catches "cable out, wifi off".
import { networkInterfaces } from 'node:os';

export function hasNetworkInterface(interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()): boolean {
  return Object.values(interfaces).some((list) => (list ?? []).some((address) => !address.internal));
}
