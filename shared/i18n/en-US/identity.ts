import type { MessageTree } from '../types';
import type { identity as zh } from '../zh-CN/identity';

export const identity: MessageTree<typeof zh> = {
  title: 'Identity verification',
};
