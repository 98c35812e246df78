import type { MessageTree } from '../types';
import type { letters as zh } from '../zh-CN/letters';

export const letters: MessageTree<typeof zh> = {
  title: 'Letters',

  pdf: {
    reference: 'Our reference',
    date: 'Date',
    to: 'To',
    email: 'Email',
    hotline: 'Hotline',
    page: 'Page {page} of {total}',
    officer: 'Handled by',
    englishVersion: 'English version',
    continued: 'continued',
    stampTitle: 'Digitally signed',
    stampSigner: 'Signer',
    stampTime: 'Time',
    stampReason: 'Reason',
    signReason: 'Response letter',
  },
};
