// Names of the User Timing entries for opening a conversation (openTiming.ts writes them, bench/ui reads the measure).
export const OPEN_MARK = 'goodies:conversation-open';
export const OPEN_MEASURE = 'goodies:conversation-open-to-newest-paint';
