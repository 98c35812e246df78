/**
 * CSV as RFC 4180 writes it and as spreadsheets export it: fields separated
 * by a comma (or the tab of Excel's "Unicode text", or the semicolon of a
 * European Excel), quoted where they hold a separator, quote or line break,
 * a quote inside a quoted field doubled, lines ending in CRLF or LF.
 */

export interface CsvRow {
  /** 1-based line number of the row's first line in the file, for the report */
  line: number;
  fields: string[];
}

/** The separator of the header line: the most frequent of comma, tab, semicolon outside quotes. */
export function detectSeparator(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  let best = ',';
  let bestCount = 0;
  for (const sep of [',', '\t', ';', '，']) {
    const count = firstLine.split(sep).length - 1;
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/** Parses the whole text in one pass (no regex backtracking: a 100,000-row file stays linear). */
export function parseCsv(text: string, separator = detectSeparator(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    // a blank line is not a row
    if (!(fields.length === 1 && fields[0]!.trim() === '')) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === separator) {
      fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/** A field for a CSV file: quoted when it must be, and never read as a formula by a spreadsheet (OWASP CSV injection). */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
