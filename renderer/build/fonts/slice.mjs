// node renderer/build/fonts/slice.mjs: makes the UI font's slices now (the build does it by itself).
import { uiFontSlices } from './uiFontPlugin.mjs';

await uiFontSlices().buildStart();
