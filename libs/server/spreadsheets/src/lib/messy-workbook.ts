import { Workbook } from 'exceljs';
import { usccCheckCharacter } from '@chainboard/domain';

/** A valid credit code built from 17 characters. */
export function creditCode(first17: string): string {
  return first17 + usccCheckCharacter(first17);
}

export const GOOD_CODE_A = creditCode('91510107MA61R8XX4');
export const GOOD_CODE_B = creditCode('91510100MA6CB1234');

/**
 * A company workbook as people send them: a merged title banner above the header, a header cell merged over two
 * columns, a blank row, full-width
 * digits in a credit code, a credit code with a wrong check character, and a row repeating another.
 */
export async function messyCompanyWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('企业名单');
  ws.addRow(['2025年武侯区目标企业名单（演示）']);
  ws.mergeCells('A1:E1');
  ws.addRow(['企业名称', '统一社会信用代码', '城市', '是否上市', '简称']);
  // A header cell merged over two columns: the second column has no heading of its own and is not read.
  ws.mergeCells('E2:F2');
  ws.addRow(['成都华日通讯技术股份有限公司', toFullWidth(GOOD_CODE_A), '成都', '是', '华日通讯', '（备注）']); // row 3
  ws.addRow([]); // row 4: blank
  ws.addRow(['四川锦江电子医疗器械科技股份有限公司', GOOD_CODE_B.slice(0, 17) + wrongCheck(GOOD_CODE_B), '成都', '否', '锦江电子']); // row 5
  ws.addRow(['成都华日通讯技术有限公司', '', '成都', '', '']); // row 6: repeats row 3 by name
  ws.addRow(['成都示例新材料有限公司', '', '成都', '也许', '']); // row 7: not yes/no
  ws.addRow(['   ', '', '', '', '']); // row 8: blank in effect
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function toFullWidth(value: string): string {
  return value.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

function wrongCheck(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  return alphabet[(alphabet.indexOf(code[17]) + 1) % alphabet.length];
}
