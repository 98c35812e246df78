import { contextBridge, ipcRenderer } from 'electron';
import { PLATFORM_GLOBAL } from '../shared/platform/channels';
import { buildBridge } from './preloadApi';

// The whole preload. It runs sandboxed, where only a few modules can be
// required, so build.mjs bundles it into one CommonJS file. Nothing of
// ipcRenderer itself reaches the page: only the named functions, each bound
// to its own channel. Answers are parsed on the page side
// (renderer/platform/guard.ts) and arguments in the main process
// (electron/ipc.ts).
contextBridge.exposeInMainWorld(
  PLATFORM_GLOBAL,
  buildBridge((channel, argument) => ipcRenderer.invoke(channel, argument)),
);
