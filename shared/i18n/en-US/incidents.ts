import type { MessageTree } from '../types';
import type { incidents as zh } from '../zh-CN/incidents';

export const incidents: MessageTree<typeof zh> = {
  title: 'Incidents',
};
