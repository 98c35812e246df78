import type { MessageTree } from '../types';
import type { intake as zh } from '../zh-CN/intake';

export const intake: MessageTree<typeof zh> = {
  title: 'Intake',
};
