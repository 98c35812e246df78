import type { MessageTree } from '../types';
import type { letters as zh } from '../zh-CN/letters';

export const letters: MessageTree<typeof zh> = {
  title: 'Letters',
};
