import type { Atom, Line, Measure } from './lineBreak';

/** A piece of a line drawn in one text operation: its offset from the line start and the character spacing (PDF `Tc`) it needs. */
export interface PlacedRun {
  text: string;
  x: number;
  charSpacing: number;
}

/**
 * Places the atoms of a line, justified when asked: the extra width is shared
 * equally by the line's stretchable gaps, which are every space (Latin text)
 * and every boundary next to a Chinese character (Chinese text stretches
 * between characters, clreq §3.2.2). A run of Chinese characters is drawn in
 * one operation with `Tc` spacing, a Latin word as one operation unstretched.
 * A line that would need gaps wider than `maxGap` (two words on a line, say)
 * is set flush left instead of stretched into holes.
 */
export function placeLine(line: Line, room: number, justify: boolean, measure: Measure, maxGap: number): PlacedRun[] {
  const atoms = line.atoms;
  const gaps = countGaps(atoms);
  let extra = justify && !line.last && gaps > 0 ? (room - line.width) / gaps : 0;
  if (extra < 0 || extra > maxGap) extra = 0;

  const runs: PlacedRun[] = [];
  let x = 0;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as Atom;
    const next = atoms[i + 1];
    if (atom.kind !== 'space') {
      const prev = runs[runs.length - 1];
      const prevAtom = atoms[i - 1];
      if (atom.kind === 'cjk' && prev && prevAtom?.kind === 'cjk') {
        prev.text += atom.text;
      } else {
        runs.push({ text: atom.text, x, charSpacing: atom.kind === 'cjk' ? extra : 0 });
      }
    }
    // two Chinese characters measured together: a pair of marks set closer (clreq §3.1.6) moves what follows too
    x += next && atom.kind === 'cjk' && next.kind === 'cjk' ? measure(atom.text + next.text) - measure(next.text) : measure(atom.text);
    if (next && (atom.kind === 'space' || (next.kind !== 'space' && (atom.kind === 'cjk' || next.kind === 'cjk')))) x += extra;
  }
  return runs;
}

function countGaps(atoms: readonly Atom[]): number {
  let gaps = 0;
  for (let i = 0; i < atoms.length - 1; i++) {
    const a = atoms[i] as Atom;
    const b = atoms[i + 1] as Atom;
    if (a.kind === 'space' || (b.kind !== 'space' && (a.kind === 'cjk' || b.kind === 'cjk'))) gaps++;
  }
  return gaps;
}
