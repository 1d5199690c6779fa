export function TelemetryPanel({ onClose }: { onClose(): void }) { void onClose; return null; }
