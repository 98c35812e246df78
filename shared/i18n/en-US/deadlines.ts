import type { MessageTree } from '../types';
import type { deadlines as zh } from '../zh-CN/deadlines';

export const deadlines: MessageTree<typeof zh> = {
  title: 'Deadlines',
};
