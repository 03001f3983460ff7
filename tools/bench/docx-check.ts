/**
 * Opens the minutes (.docx) in LibreOffice headless: proof that an office suite reads the Word documents the app writes,
 * beyond the docx and JSZip libraries the tests read them with. LibreOffice is kept out of the test suite (installing it
 * costs each CI run more than the check is worth; see the meetings section of BENCHMARKS.md): this script runs the check,
 * and the meetings benchmark runs it on the minutes of its large meeting, wherever `soffice` is installed
 * (`apt-get install -y libreoffice-writer`).
 *
 * Run: npm run check:docx. Writes the minutes of a meeting with decisions, action items and close-outs, converts them to
 * PDF and to plain text with `soffice --headless --convert-to`, and checks the PDF has pages and the text holds what was
 * entered. Exits 0 when it does, 1 when not, 2 when soffice is not installed.
 */
import 'reflect-metadata';
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ActionItemStatus, MeetingItemKind } from '@chainboard/domain';
import { FrozenMeeting, minutesDocx } from '@chainboard/server-meetings';

const SOFFICE_CANDIDATES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];
const CONVERT_TIMEOUT_MS = 180_000;

/** Where soffice is installed, or null. */
export function sofficePath(): string | null {
  return SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface Conversion {
  /** Wall time of the soffice run, its start-up included. */
  ms: number;
  output: Buffer;
}

/**
 * Converts a .docx with `soffice --headless --convert-to <format>` in a profile of its own (so that runs beside each
 * other or beside an open LibreOffice do not meet), and answers the converted file.
 */
export function convertDocx(docx: Buffer, format: 'pdf' | 'txt'): Promise<Conversion> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error('soffice is not installed (apt-get install -y libreoffice-writer)'));
  const dir = mkdtempSync(join(tmpdir(), 'chainboard-docx-'));
  const input = join(dir, 'minutes.docx');
  writeFileSync(input, docx);
  const target = format === 'pdf' ? 'pdf' : 'txt:Text (encoded):UTF8';
  const args = [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', target, '--outdir', join(dir, 'out'), input];
  const started = performance.now();
  return new Promise<Conversion>((resolve, reject) => {
    execFile(soffice, args, { timeout: CONVERT_TIMEOUT_MS }, (error, stdout, stderr) => {
      const ms = performance.now() - started;
      const out = join(dir, 'out', `minutes.${format}`);
      try {
        if (error) throw new Error(`soffice failed: ${error.message}\n${stdout}${stderr}`);
        if (!existsSync(out)) throw new Error(`soffice wrote no ${format}:\n${stdout}${stderr}`);
        resolve({ ms, output: readFileSync(out) });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** The pages of a PDF: its page objects (LibreOffice writes them uncompressed). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** A meeting's papers with everything the minutes print: items with discussion and decisions, actions, close-outs. */
export function sampleMeeting(): FrozenMeeting {
  return {
    meeting: {
      title: '高端新材料产业链项目推进会',
      heldOn: '2025-03-10',
      place: '区投促局三楼会议室',
      chair: '高端新材料链长',
      attendees: ['招商专员一', '招商专员二', '王主任（武侯新城管委会）'],
      scope: ['高端新材料'],
      allChains: false,
      periodFrom: '2025-03-03',
      periodTo: '2025-03-10',
    },
    items: [
      { position: 0, kind: MeetingItemKind.STAGE_MOVE, title: '碳纤维复合材料项目', summary: '洽谈→签约（2025-03-05）', discussion: '企业已完成签约', decisions: ['两周内完成项目公司注册'], carriedCount: 0 },
      { position: 1, kind: MeetingItemKind.ISSUE_OPEN, title: '碳纤维复合材料项目：用地指标', summary: '提出于2025-02-21；已开放17天', discussion: '用地问题已协调落实', decisions: ['同意销号'], carriedCount: 0 },
      { position: 2, kind: MeetingItemKind.CUSTOM, title: '研究项目用地保障', summary: null, discussion: null, decisions: [], carriedCount: 0 },
    ],
    actions: [{ item: '碳纤维复合材料项目', text: '协调办理项目公司注册', owner: '招商专员二', dueOn: '2025-03-24', status: ActionItemStatus.OPEN, project: '碳纤维复合材料项目', issue: null }],
    closures: [{ issue: '用地指标', project: '碳纤维复合材料项目', resolution: '会议协调解决', closedOn: '2025-03-10' }],
    figures: null,
    ledger: [],
  };
}

/** The texts the converted minutes must hold. */
export const SAMPLE_TEXTS = ['高端新材料产业链项目推进会', '会议纪要', '两周内完成项目公司注册', '同意销号', '协调办理项目公司注册', '招商专员二', '2025-03-24', '会议协调解决'];

async function main(): Promise<number> {
  if (!sofficePath()) {
    console.log('soffice is not installed (apt-get install -y libreoffice-writer): the .docx check did not run');
    return 2;
  }
  const docx = await minutesDocx(sampleMeeting());
  const pdf = await convertDocx(docx, 'pdf');
  const txt = await convertDocx(docx, 'txt');
  const text = txt.output.toString('utf8');
  const missing = SAMPLE_TEXTS.filter((s) => !text.includes(s));
  const pages = pdfPages(pdf.output);
  console.log(`minutes .docx (${docx.length} bytes) -> PDF in ${(pdf.ms / 1000).toFixed(1)} s: ${pages} page(s), ${pdf.output.length} bytes`);
  console.log(`minutes .docx -> text in ${(txt.ms / 1000).toFixed(1)} s: ${missing.length ? `missing ${missing.join(', ')}` : `holds all ${SAMPLE_TEXTS.length} texts entered`}`);
  const ok = pages > 0 && missing.length === 0;
  return ok ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
