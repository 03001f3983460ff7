import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { ActionItemStatus, MeetingItemKind } from '@chainboard/domain';
import { FrozenMeeting } from './meeting.entity';
import { ledgerXlsx, minutesDocx } from './papers';

const paper: FrozenMeeting = {
  meeting: {
    title: '高端新材料产业链项目推进会',
    heldOn: '2025-03-10',
    place: '区投促局三楼会议室',
    chair: '高端新材料链长',
    attendees: ['招商专员一', '王主任（武侯新城管委会）'],
    scope: ['高端新材料'],
    allChains: false,
    periodFrom: '2025-03-03',
    periodTo: '2025-03-10',
  },
  items: [
    { position: 0, kind: MeetingItemKind.STAGE_MOVE, title: '碳纤维复合材料项目', summary: '洽谈→签约（2025-03-05）', discussion: '企业已完成签约', decisions: ['两周内完成注册'], carriedCount: 0 },
    { position: 1, kind: MeetingItemKind.CUSTOM, title: '研究用地保障', summary: null, discussion: null, decisions: [], carriedCount: 0 },
  ],
  actions: [{ item: '碳纤维复合材料项目', text: '协调办理项目公司注册', owner: '招商专员二', dueOn: '2025-03-24', status: ActionItemStatus.OPEN, project: '碳纤维复合材料项目', issue: null }],
  closures: [{ issue: '用地指标', project: '碳纤维复合材料项目', resolution: '已落实', closedOn: '2025-03-10' }],
  figures: null,
  ledger: [{ name: '碳纤维复合材料项目', chain: '高端新材料', stage: '签约', investment: '12.5', funds: '0', owner: '招商专员一', unit: null, light: '绿灯', latest: null, issues: 0 }],
};

describe('the meeting papers', () => {
  it('writes the minutes as a Word document in the official layout: title, time, place, chair, attendees, items, decisions, actions, close-outs', async () => {
    const zip = await JSZip.loadAsync(await minutesDocx(paper));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const order = ['高端新材料产业链项目推进会', '会议纪要', '时间：2025-03-10', '地点：区投促局三楼会议室', '主持：高端新材料链长', '参会人员：招商专员一、王主任（武侯新城管委会）', '一、会议议题', '两周内完成注册', '二、会议决定', '三、督办事项', '协调办理项目公司注册', '招商专员二', '2025-03-24', '四、销号事项', '已落实'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('writes the ledger with a sheet of projects and a sheet of action items', async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await ledgerXlsx(paper)) as never);
    const ledger = wb.getWorksheet('调度表')!;
    expect(String(ledger.getCell(1, 1).value)).toContain('高端新材料产业链项目推进会');
    expect(ledger.getRow(2).values).toEqual(expect.arrayContaining(['项目名称', '阶段', '协议投资额（亿元）']));
    expect(ledger.getCell(3, 1).value).toBe('碳纤维复合材料项目');
    expect(wb.getWorksheet('督办事项')!.getCell(2, 2).value).toBe('协调办理项目公司注册');
  });
});
