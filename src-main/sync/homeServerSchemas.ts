// Response shapes of the home server's auth and REST endpoints the sync client reads (docs/inbetweenies-v2.md §4–§5,
// docs/server.md). The sync and conversation shapes live in src-shared/protocol; these are client-only.
import { z } from 'zod';
import { relationshipSchema } from '../../src-shared/protocol/entities';

export const HOME_SERVER_ROLES = ['admin', 'user', 'guest'] as const;
export type HomeServerRole = (typeof HOME_SERVER_ROLES)[number];

export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().optional(),
  // Upstream knows admin and guest; our server adds user. Anything else is treated as a guest (read-only) below.
  role: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

export const meResponseSchema = z.object({
  user_id: z.string(),
  role: z.string(),
  permissions: z.array(z.string()).default([]),
  expires_at: z.string().nullable().optional(),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const healthResponseSchema = z.object({ status: z.string() }).passthrough();

export const relationshipsResponseSchema = z.union([
  z.object({ relationships: z.array(relationshipSchema) }).passthrough(),
  // Upstream documents the route, not the body: tolerate a bare array too.
  z.array(relationshipSchema).transform((relationships) => ({ relationships })),
]);

export const inviteResponseSchema = z.object({ token: z.string().min(1) }).passthrough();

/** A role string from the server as one of ours; unknown roles get the least power. */
export function toHomeServerRole(role: string | undefined): HomeServerRole {
  return role === 'admin' || role === 'user' ? role : 'guest';
}
