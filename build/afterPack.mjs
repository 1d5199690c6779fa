// electron-builder's afterPack hook: sets Electron's fuses in the packaged binary before it is signed and packed
// (Electron security checklist, "Use fuses"). Each fuse is set explicitly (strictlyRequireAllFuses), so an Electron
// upgrade that adds a fuse fails the build until someone decides it.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // `ELECTRON_RUN_AS_NODE=1 Goodies` would otherwise turn the signed app into a plain Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and the network cache on disk are encrypted with the OS keychain's key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let any local process inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is verified against the hash embedded at package time, and loaded only from app.asar.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Kept on: the renderer is loaded from file:// as ES modules, which needs file:'s extra privileges. A custom
  // app:// protocol would let this go off; until then, navigation guards and the CSP confine the page.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** Where electron-builder put the Electron binary for this platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export async function afterPack(context) {
  // macOS: flipping fuses breaks the ad-hoc signature; reset it so an unsigned local build still starts.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await flipFuses(electronBinaryPath(context), { ...FUSES, resetAdHocDarwinSignature });
}

export default afterPack;
