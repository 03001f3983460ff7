import { Readable } from 'stream';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { Entry, fromBufferPromise, ZipFile } from 'yauzl';
import type { SheetRow } from './table-reader';

/*
 * exceljs's number-format table and its date rules, so that a cell reads as a date exactly when exceljs (which writes
 * our exports and reads the .csv files) would show it as one. Not part of its typed API: required by path.
 */
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new () => {
  parseStream(stream: Readable): Promise<unknown>;
  getStyleModel(id: number): { numFmt?: string } | null;
};
const excelUtils = require('exceljs/lib/utils/utils') as { isDateFmt(fmt: string): boolean; excelToDate(value: number, date1904: boolean): Date };

const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** An element's name without its namespace prefix (some writers spell <x:row>). */
const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Characters a workbook escapes in its text as _xHHHH_ (a carriage return is _x000D_). */
const unescapeText = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

/** The column number of a cell reference (B7 → 2), or 0 when it has none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/**
 * Feeds one entry of the workbook to a SAX parser as text decoded as one UTF-8 stream: a character split between two
 * inflated chunks stays whole.
 */
async function parseEntry(zip: ZipFile, entry: Entry, handlers: { open?(tag: SaxesTagPlain, name: string): void; text?(text: string): void; close?(name: string): void }): Promise<void> {
  const parser = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  const { open, text, close } = handlers;
  if (open) parser.on('opentag', (tag) => open(tag, localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  const stream = await zip.openReadStreamPromise(entry);
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) parser.write(chunk);
  parser.close();
}

/** The targets of a part's relationships by id, as paths inside the package (xl/worksheets/sheet1.xml). */
async function relationships(zip: ZipFile, entries: Map<string, Entry>, part: string): Promise<Map<string, { type: string; path: string }>> {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash + 1);
  const entry = entries.get(`${folder}_rels/${part.slice(slash + 1)}.rels`);
  const found = new Map<string, { type: string; path: string }>();
  if (!entry) return found;
  await parseEntry(zip, entry, {
    open(tag, name) {
      if (name !== 'Relationship') return;
      const target = String(tag.attributes['Target'] ?? '');
      const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`.split('/').reduce<string[]>((out, step) => (step === '..' ? out.slice(0, -1) : [...out, step]), []).join('/');
      found.set(String(tag.attributes['Id']), { type: String(tag.attributes['Type'] ?? ''), path });
    },
  });
  return found;
}

/** The text of each shared string (rich text runs joined; phonetic guides left out), by index. */
async function sharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let inText = false;
  let phonetic = false;
  let text = '';
  await parseEntry(zip, entry, {
    open(_tag, name) {
      if (name === 'si') text = '';
      else if (name === 't') inText = !phonetic;
      else if (name === 'rPh') phonetic = true;
    },
    text(t) {
      if (inText) text += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si') strings.push(unescapeText(text));
    },
  });
  return strings;
}

/**
 * Reads the rows of the first sheet of an .xlsx workbook (the first in the workbook's tab order) as text, the way a
 * person sees them: shared and inline strings (rich text joined), numbers, booleans, formula results, and dates
 * (numbers under a date format, in the workbook's 1900 or 1904 date system) as YYYY-MM-DD; error values as blanks.
 * The sheet's XML is streamed: only its shared strings, number formats and the rows read are held, each row as an array
 * of strings by column number (index 0 unused; a cell of a merged range other than its first is blank). Rows without
 * text are left out.
 */
export async function readXlsxRows(content: Buffer): Promise<SheetRow[]> {
  const zip = await fromBufferPromise(content, { lazyEntries: true });
  try {
    const entries = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);

    // The first sheet: the first <sheet> of the workbook, found through the workbook's relationships.
    let sheetPath: string | undefined;
    let date1904 = false;
    const workbookEntry = entries.get('xl/workbook.xml');
    const workbookRels = await relationships(zip, entries, 'xl/workbook.xml');
    if (workbookEntry) {
      await parseEntry(zip, workbookEntry, {
        open(tag, name) {
          if (name === 'workbookPr') date1904 = ['1', 'true'].includes(String(tag.attributes['date1904'] ?? ''));
          else if (name === 'sheet' && sheetPath === undefined) {
            const id = Object.entries(tag.attributes).find(([attr]) => localName(attr) === 'id' && attr !== 'id')?.[1];
            sheetPath = id ? workbookRels.get(String(id))?.path : undefined;
          }
        },
      });
    }
    const partOf = (type: string, fallback: string) => [...workbookRels.values()].find((r) => r.type === RELATIONSHIP + type)?.path ?? fallback;
    const sheetEntry = (sheetPath && entries.get(sheetPath)) || [...entries.values()].find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.fileName));
    if (!sheetEntry) throw new Error('no worksheet');

    const strings = await sharedStrings(zip, entries.get(partOf('sharedStrings', 'xl/sharedStrings.xml')));
    const styles = new StylesXform();
    const stylesEntry = entries.get(partOf('styles', 'xl/styles.xml'));
    if (stylesEntry) await styles.parseStream(await zip.openReadStreamPromise(stylesEntry));
    const dateStyles = new Map<number, boolean>();
    const isDateStyle = (s: number) => {
      let date = dateStyles.get(s);
      if (date === undefined) {
        const numFmt = stylesEntry ? styles.getStyleModel(s)?.numFmt : undefined;
        date = Boolean(numFmt && excelUtils.isDateFmt(numFmt));
        dateStyles.set(s, date);
      }
      return date;
    };

    const rows: SheetRow[] = [];
    let inData = false;
    let rowNumber = 0;
    let cells: string[] | null = null;
    // The cell being read: its column, type, style, and the text of its value (<v>) or inline string (<is><t>).
    let col = 0;
    let type = '';
    let style = 0;
    let value: string | null = null;
    let reading = false;
    let phonetic = false;
    const cellValue = (): string => {
      if (value === null) return '';
      switch (type) {
        case 's':
          return strings[Number(value)] ?? '';
        case 'inlineStr':
        case 'str':
          return unescapeText(value);
        case 'b':
          return String(Number(value) !== 0);
        case 'e':
          return '';
        case 'd':
          return value.slice(0, 10);
        default: {
          const n = parseFloat(value);
          if (Number.isNaN(n)) return '';
          if (style && isDateStyle(style)) {
            const date = excelUtils.excelToDate(n, date1904);
            return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
          }
          return String(n);
        }
      }
    };
    await parseEntry(zip, sheetEntry, {
      open(tag, name) {
        if (!inData) {
          inData = name === 'sheetData';
          return;
        }
        switch (name) {
          case 'row': {
            const r = parseInt(String(tag.attributes['r'] ?? ''), 10);
            rowNumber = Number.isNaN(r) ? rowNumber + 1 : r;
            cells = [];
            col = 0;
            break;
          }
          case 'c': {
            const ref = tag.attributes['r'];
            col = columnOf(ref === undefined ? undefined : String(ref)) || col + 1;
            type = String(tag.attributes['t'] ?? '');
            style = Number(tag.attributes['s'] ?? 0) || 0;
            value = null;
            break;
          }
          case 'v':
            value = '';
            reading = true;
            break;
          case 'is':
            value = '';
            break;
          case 't':
            reading = value !== null && !phonetic;
            break;
          case 'rPh':
            phonetic = true;
            break;
        }
      },
      text(t) {
        if (reading) value += t;
      },
      close(name) {
        if (!inData) return;
        switch (name) {
          case 'v':
          case 't':
            reading = false;
            break;
          case 'rPh':
            phonetic = false;
            break;
          case 'c':
            if (cells) cells[col] = cellValue();
            break;
          case 'row':
            if (cells) {
              let text = false;
              for (let i = 1; i < cells.length; i++) {
                if (cells[i] === undefined) cells[i] = '';
                else if (cells[i] !== '') text = true;
              }
              if (text) rows.push({ rowNumber, cells });
            }
            cells = null;
            break;
          case 'sheetData':
            inData = false;
            break;
        }
      },
    });
    return rows;
  } finally {
    zip.close();
  }
}
