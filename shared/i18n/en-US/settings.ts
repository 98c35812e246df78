import type { MessageTree } from '../types';
import type { settings as zh } from '../zh-CN/settings';

export const settings: MessageTree<typeof zh> = {
  title: 'Settings',
};
