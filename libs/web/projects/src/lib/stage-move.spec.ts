import dayjs from 'dayjs';
import { ErrorCode, PROJECT_STAGES, ProjectStage, requiredFieldsForMove, STAGE_DATE_FIELD, allowedProjectMoves } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { card } from '../test/fixtures';
import { checkedMoveInput, initialMoveValues, stageMoveForm, toMoveInput } from './stage-move';

const TODAY = '2026-03-10';
const day = (date: string) => dayjs(date, 'YYYY-MM-DD');
/** Noon on TODAY in the district (UTC+8). */
const now = new Date('2026-03-10T04:00:00.000Z');

function errorsOf(run: () => unknown): Array<{ field: string; message: string }> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return [...(error as ApiError).fields];
  }
  throw new Error('expected the move to be refused');
}

describe('stageMoveForm', () => {
  it("asks the target stage's required fields from the domain, and the effective date only when the stage has no date of its own", () => {
    expect(stageMoveForm(ProjectStage.NEGOTIATING, ProjectStage.SIGNED)).toEqual({ fields: ['signedOn', 'agreedInvestment'], asksEffectiveOn: false });
    expect(stageMoveForm(ProjectStage.SIGNED, ProjectStage.REGISTERED)).toEqual({ fields: ['registeredCompanyName', 'registeredCreditCode'], asksEffectiveOn: true });
    expect(stageMoveForm(ProjectStage.REGISTERED, ProjectStage.CONSTRUCTION_STARTED)).toEqual({ fields: ['startedOn', 'carrier'], asksEffectiveOn: false });
    expect(stageMoveForm(ProjectStage.SIGNED, ProjectStage.ON_HOLD)).toEqual({ fields: ['reason'], asksEffectiveOn: true });
    expect(stageMoveForm(ProjectStage.ON_HOLD, ProjectStage.SIGNED)).toEqual({ fields: [], asksEffectiveOn: true });
    for (const from of PROJECT_STAGES) {
      for (const to of allowedProjectMoves(from, ProjectStage.SIGNED)) {
        const form = stageMoveForm(from, to);
        expect(form.fields).toEqual(requiredFieldsForMove(from, to));
        const own = STAGE_DATE_FIELD[to];
        expect(form.asksEffectiveOn).toBe(!own || !form.fields.includes(own));
      }
    }
  });
});

describe('initialMoveValues', () => {
  it("starts dates on today, and the amount, carrier and registered company from what the project has", () => {
    const project = card('p', 'NEGOTIATING', { agreedInvestment: '12.5', company: { id: 'c', name: '成都锦江电子系统工程有限公司', creditCode: '91350100M000100Y43' } });
    const signing = initialMoveValues(project, ProjectStage.SIGNED, now);
    expect(signing.signedOn?.format('YYYY-MM-DD')).toBe(TODAY);
    expect(signing.agreedInvestment).toBe('12.5');
    expect(signing.effectiveOn).toBeUndefined();
    const registering = initialMoveValues({ ...project, stage: 'SIGNED' }, ProjectStage.REGISTERED, now);
    expect(registering).toMatchObject({ registeredCompanyName: '成都锦江电子系统工程有限公司', registeredCreditCode: '91350100M000100Y43' });
    expect(registering.effectiveOn?.format('YYYY-MM-DD')).toBe(TODAY);
  });
});

describe('checkedMoveInput', () => {
  const negotiating = card('p1', 'NEGOTIATING', { version: 7, stageOn: '2026-01-05' });

  it("sends only the target stage's fields, normalised, with the version and the note", () => {
    const input = checkedMoveInput(
      negotiating,
      ProjectStage.SIGNED,
      { signedOn: day('2026-02-01'), agreedInvestment: ' １２.５ ', carrier: 'ignored', note: '  签约仪式在区政府  ' },
      'zh-CN',
      TODAY,
    );
    expect(input).toEqual({ projectId: 'p1', to: 'SIGNED', expectedVersion: 7, signedOn: '2026-02-01', agreedInvestment: '12.5', note: '签约仪式在区政府' });
    const registered = toMoveInput(card('p2', 'SIGNED'), ProjectStage.REGISTERED, {
      registeredCompanyName: ' 成都某某科技有限公司 ',
      registeredCreditCode: '９１３５０１００ｍ000100y43',
      effectiveOn: day('2026-03-01'),
      note: '',
    });
    expect(registered).toEqual({
      projectId: 'p2',
      to: 'REGISTERED',
      expectedVersion: 3,
      registeredCompanyName: '成都某某科技有限公司',
      registeredCreditCode: '91350100M000100Y43',
      effectiveOn: '2026-03-01',
      note: null,
    });
  });

  it('refuses missing and invalid fields with the domain messages, each under its field', () => {
    expect(errorsOf(() => checkedMoveInput(negotiating, ProjectStage.SIGNED, { signedOn: null, agreedInvestment: '0' }, 'zh-CN', TODAY))).toEqual([
      { field: 'signedOn', message: '移到“签约”必须填写签约日期' },
      { field: 'agreedInvestment', message: '协议投资额必须大于零' },
    ]);
    const signed = card('p', 'SIGNED');
    const codes = errorsOf(() => checkedMoveInput(signed, ProjectStage.REGISTERED, { registeredCompanyName: ' ', registeredCreditCode: '91350100M000100Y42' }, 'en', TODAY));
    expect(codes.map((e) => e.field)).toEqual(['registeredCompanyName', 'registeredCreditCode']);
    expect(codes[0].message).toBe('Registered company name is required to move to "Registered"');
    expect(codes[1].message).not.toBe('');
  });

  it('refuses a move dated after today or before the last move, naming the date field', () => {
    expect(errorsOf(() => checkedMoveInput(negotiating, ProjectStage.SIGNED, { signedOn: day('2026-03-11'), agreedInvestment: '3' }, 'zh-CN', TODAY))).toEqual([
      { field: 'signedOn', message: '签约日期不能晚于今天' },
    ]);
    expect(errorsOf(() => checkedMoveInput(negotiating, ProjectStage.ON_HOLD, { reason: '企业资金链紧张', effectiveOn: day('2026-01-01') }, 'zh-CN', TODAY))).toEqual([
      { field: 'effectiveOn', message: '生效日期不能早于上一次阶段变更的生效日期（2026-01-05）' },
    ]);
  });

  it('refuses a move the domain does not allow', () => {
    expect(errorsOf(() => checkedMoveInput(negotiating, ProjectStage.REGISTERED, {}, 'zh-CN', TODAY))).toEqual([{ field: 'to', message: '项目不能从“洽谈”移到“注册”' }]);
  });
});
