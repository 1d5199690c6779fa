// Electron's entry (out/main/index.js). Deliberately empty of logic: everything lives in startApp.
import { startApp } from './startApp';

void startApp();
