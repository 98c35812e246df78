import type { MessageTree } from '../types';
import type { cases as zh } from '../zh-CN/cases';

export const cases: MessageTree<typeof zh> = {
  title: 'Cases',
};
