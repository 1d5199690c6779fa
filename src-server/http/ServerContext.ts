// What the HTTP routes need, built once by startHomeServer (the server's composition root).
import type { AuthService } from '../auth/AuthService';
import type { LoginThrottle } from '../auth/LoginThrottle';
import type { SecurityAuditLog } from '../auth/SecurityAuditLog';
import type { PullNotifier } from '../notify/PullNotifier';
import type { Role } from '../storage/ServerAuthStore';
import type { ServerStorage } from '../storage/ServerStorage';
import type { Metrics } from './Metrics';

export interface ChatRateLimits {
  /** Conversation-extension requests per minute, per user, by role. */
  perMinute: Record<Role, number>;
}

export const DEFAULT_CHAT_RATE_LIMITS: ChatRateLimits = { perMinute: { guest: 5, user: 15, admin: 100 } };

export interface ServerContext {
  storage: ServerStorage;
  auth: AuthService;
  loginThrottle: LoginThrottle;
  securityLog: SecurityAuditLog;
  notifier: PullNotifier;
  metrics: Metrics;
  chatRateLimits: ChatRateLimits;
  /** What guest QR codes tell devices to connect to. */
  advertisedHost: string;
  advertisedPort: () => number;
}
