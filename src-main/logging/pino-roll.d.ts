// pino-roll ships no types; this is the part we use (see its README).
declare module 'pino-roll' {
  interface PinoRollOptions {
    file: string | (() => string);
    size?: string | number;
    frequency?: 'daily' | 'hourly' | number;
    extension?: string;
    symlink?: boolean;
    limit?: { count?: number; removeOtherLogFiles?: boolean };
    dateFormat?: string;
    mkdir?: boolean;
    sync?: boolean;
  }
  const build: (options: PinoRollOptions) => Promise<NodeJS.WritableStream & { readonly file: string }>;
  export default build;
}
