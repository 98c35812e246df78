import type { Plugin } from 'vite';

export declare const UI_FONT_DIR: string;
export declare function uiFontSlices(): Plugin;
