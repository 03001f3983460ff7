import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { Workbook } from 'exceljs';
import { Language } from '@chainboard/domain';
import { translate } from '@chainboard/server-core';
import { FrozenMeeting } from './meeting.entity';

/** The ledger columns of the 调度表, in order, with their widths. */
export const LEDGER_COLUMNS = [
  { key: 'name', width: 36 },
  { key: 'chain', width: 14 },
  { key: 'stage', width: 10 },
  { key: 'investment', width: 18 },
  { key: 'funds', width: 16 },
  { key: 'owner', width: 12 },
  { key: 'unit', width: 22 },
  { key: 'light', width: 8 },
  { key: 'latest', width: 48 },
  { key: 'issues', width: 12 },
] as const;

const TITLE_FONT = '方正小标宋简体';
const BODY_FONT = '仿宋_GB2312';
const HEADING_FONT = '黑体';
/** Sizes in half-points: 二号 22pt for the title, 三号 16pt for the body, as official papers set them. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const TABLE_SIZE = 24;

/** Paragraph styles of the minutes, defined once in styles.xml, so that a paragraph names its style instead of repeating it. */
const STYLE = { body: 'CbBody', flush: 'CbFlush', heading: 'CbHeading', cell: 'CbCell' } as const;
const BODY_PARAGRAPH = { indent: { firstLine: 640 }, spacing: { line: 560 } };

const PARAGRAPH_STYLES = [
  { id: STYLE.body, name: 'Chainboard body', basedOn: 'Normal', paragraph: BODY_PARAGRAPH },
  { id: STYLE.flush, name: 'Chainboard body, no indent', basedOn: 'Normal', paragraph: { spacing: { line: 560 } } },
  { id: STYLE.heading, name: 'Chainboard heading', basedOn: 'Normal', paragraph: BODY_PARAGRAPH, run: { font: HEADING_FONT, size: BODY_SIZE } },
  { id: STYLE.cell, name: 'Chainboard table cell', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER }, run: { font: BODY_FONT, size: TABLE_SIZE } },
];

/** A body paragraph: 仿宋 三号 (the document's default run), first line indented by two characters, fixed 28pt lines. */
const body = (text: string, opts: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({ style: opts.indent === false ? STYLE.flush : STYLE.body, children: [new TextRun({ text, bold: opts.bold })] });

const heading = (text: string) => new Paragraph({ style: STYLE.heading, children: [new TextRun(text)] });

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ style: STYLE.cell, children: [new TextRun({ text, bold: bold || undefined })] })] });

/**
 * The minutes (会议纪要) as a Word document in the usual layout of official papers: the title centred, the time,
 * place, chair and attendees, an opening sentence, then the items with their discussion and decisions, the decisions
 * gathered, the action items as a table (what, owner, due date, project) and the issues closed out.
 */
export async function minutesDocx(paper: FrozenMeeting, lng: Language = 'zh-CN'): Promise<Buffer> {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(lng, key, params);
  const labels = new Map<string, string>();
  const label = (key: string): string => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = t(key)));
    return text;
  };
  const m = paper.meeting;
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: m.title, font: TITLE_FONT, size: TITLE_SIZE })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: [new TextRun({ text: t('meeting.paper.minutes'), font: TITLE_FONT, size: BODY_SIZE })] }),
    body(`${t('meeting.paper.time')}：${m.heldOn}`, { indent: false }),
    body(`${t('meeting.paper.place')}：${m.place ?? ''}`, { indent: false }),
    body(`${t('meeting.paper.chair')}：${m.chair ?? ''}`, { indent: false }),
    body(`${t('meeting.paper.attendees')}：${m.attendees.join('、')}`, { indent: false }),
    body(`${t('meeting.paper.scope')}：${m.scope.join('、')}`, { indent: false }),
    body(`${t('meeting.paper.period')}：${m.periodFrom} — ${m.periodTo}`, { indent: false }),
    body(t('meeting.paper.intro', { date: m.heldOn, chair: m.chair ?? '', title: m.title, scope: m.scope.join('、') })),
    heading(t('meeting.paper.items')),
  ];
  paper.items.forEach((item, i) => {
    children.push(body(`（${i + 1}）${label(`meeting.kind.${item.kind}`)}：${item.title}`, { bold: true }));
    if (item.summary) children.push(body(item.summary));
    if (item.discussion) children.push(body(`${label('meeting.paper.discussion')}${item.discussion}`));
    for (const d of item.decisions) children.push(body(`${label('meeting.paper.decision')}${d}`));
  });
  children.push(heading(t('meeting.paper.decisions')));
  const decisions = paper.items.flatMap((item) => item.decisions);
  if (!decisions.length) children.push(body(t('meeting.paper.none')));
  decisions.forEach((d, i) => children.push(body(`${i + 1}. ${d}`)));
  children.push(heading(t('meeting.paper.actions')));
  if (!paper.actions.length) children.push(body(t('meeting.paper.none')));
  else
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: ['no', 'action', 'owner', 'dueOn', 'project'].map((k) => cell(t(`meeting.paper.${k}`), true)),
          }),
          ...paper.actions.map(
            (a, i) => new TableRow({ children: [cell(String(i + 1)), cell(a.text), cell(a.owner), cell(a.dueOn), cell(a.project ?? a.issue ?? '')] }),
          ),
        ],
      }),
    );
  children.push(heading(t('meeting.paper.closures')));
  if (!paper.closures.length) children.push(body(t('meeting.paper.none')));
  paper.closures.forEach((c, i) => children.push(body(`${i + 1}. ${c.project ? `${c.project}：` : ''}${c.issue}（${c.resolution}）`)));
  const doc = new Document({
    creator: 'Chainboard',
    title: m.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

/** The ledger of the meeting's scope (调度表): one sheet of projects, one of the meeting's action items. */
export async function ledgerXlsx(paper: FrozenMeeting, lng: Language = 'zh-CN'): Promise<Buffer> {
  const t = (key: string) => translate(lng, key);
  const wb = new Workbook();
  wb.creator = 'Chainboard';
  wb.created = new Date(`${paper.meeting.heldOn}T00:00:00+08:00`);
  wb.modified = wb.created;
  const ws = wb.addWorksheet(t('meeting.paper.ledger'), { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, LEDGER_COLUMNS.length);
  ws.getCell(1, 1).value = `${paper.meeting.title} ${t('meeting.paper.ledger')}（${paper.meeting.periodTo}）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = LEDGER_COLUMNS.map((c) => t(`meeting.paper.col.${c.key}`));
  ws.getRow(2).font = { bold: true };
  LEDGER_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const row of paper.ledger) ws.addRow(LEDGER_COLUMNS.map((c) => row[c.key] ?? null));
  const actions = wb.addWorksheet(t('meeting.paper.ledgerActions'), { views: [{ state: 'frozen', ySplit: 1 }] });
  actions.columns = [
    { header: t('meeting.paper.no'), width: 6 },
    { header: t('meeting.paper.action'), width: 48 },
    { header: t('meeting.paper.owner'), width: 12 },
    { header: t('meeting.paper.dueOn'), width: 12 },
    { header: t('meeting.paper.project'), width: 36 },
    { header: t('meeting.paper.status'), width: 10 },
  ];
  actions.getRow(1).font = { bold: true };
  paper.actions.forEach((a, i) => actions.addRow([i + 1, a.text, a.owner, a.dueOn, a.project ?? a.issue ?? '', t(`meeting.actionStatus.${a.status}`)]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
