/** @jest-environment jsdom */
import '../../test/dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allowedProjectMoves, PIPELINE_STAGES, PROJECT_STAGE_FIELDS, ProjectStage, requiredFieldsForMove, type ProjectStageField } from '@chainboard/domain';
import { request } from '@chainboard/web-graphql';
import { card } from '../../test/fixtures';
import { renderDom } from '../../test/render';
import { StageMoveModal } from './StageMoveModal';
import zh from '../../i18n/zh-CN.json';

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));
const requestMock = request as unknown as jest.Mock;

/** The label the dialog gives a field (the Chinese texts). */
const label = (field: ProjectStageField | 'effectiveOn' | 'note') => (zh.project.fields as Record<string, string>)[field];
/** Noon of 2026-03-10 in the district. */
const now = () => new Date('2026-03-10T04:00:00.000Z');

const dialog = () => screen.getByRole('dialog');
const field = (name: string) => within(dialog()).queryByLabelText(name);

beforeEach(() => requestMock.mockReset());

describe('StageMoveModal', () => {
  /** Every move the domain allows from the main line and from hold (held from 注册), with what the dialog should ask. */
  const moves = [...PIPELINE_STAGES, ProjectStage.ON_HOLD].flatMap((from) => {
    const heldFrom = from === ProjectStage.ON_HOLD ? ProjectStage.REGISTERED : null;
    return allowedProjectMoves(from, heldFrom).map((to) => [`${from}→${to}`, from, to, heldFrom] as const);
  });
  const EXPECTED: Record<string, string[]> = {
    'NEGOTIATING→SIGNED': ['signedOn', 'agreedInvestment'],
    'SIGNED→REGISTERED': ['registeredCompanyName', 'registeredCreditCode', 'effectiveOn'],
    'REGISTERED→CONSTRUCTION_STARTED': ['startedOn', 'carrier'],
    'CONSTRUCTION_STARTED→IN_PRODUCTION': ['productionOn'],
    'IN_PRODUCTION→AT_FULL_CAPACITY': ['capacityOn'],
    'SIGNED→ON_HOLD': ['reason', 'effectiveOn'],
    'NEGOTIATING→DROPPED': ['reason', 'effectiveOn'],
    'ON_HOLD→REGISTERED': ['effectiveOn'],
  };

  it.each(moves)('%s asks what the domain requires of the target stage, the effective date when needed, and a note', (name, from, to, heldFrom) => {
    renderDom(<StageMoveModal project={card('p', from, { heldFrom })} to={to} onClose={() => undefined} now={now} />);
    const fields = Object.keys(PROJECT_STAGE_FIELDS) as ProjectStageField[];
    const shown = [...fields, 'effectiveOn' as const].filter((f) => field(label(f)) !== null);
    expect(shown.filter((f) => f !== 'effectiveOn')).toEqual(requiredFieldsForMove(from, to));
    expect(field(label('note'))).not.toBeNull();
    if (EXPECTED[name]) expect(shown).toEqual(EXPECTED[name]);
  });

  it('shows what is missing or wrong under its field and does not ask the API', async () => {
    const user = userEvent.setup({ delay: null });
    renderDom(<StageMoveModal project={card('p', 'SIGNED', { company: { id: 'c', name: '', creditCode: null } })} to={ProjectStage.REGISTERED} onClose={() => undefined} now={now} />);
    await user.type(field(label('registeredCreditCode')) as HTMLElement, '91350100M000100Y42');
    await user.click(within(dialog()).getByRole('button', { name: /确认移动/ }));
    expect(await within(dialog()).findByText('移到“注册”必须填写注册企业名称')).toBeTruthy();
    expect(within(dialog()).getAllByText(/校验/).length).toBeGreaterThan(0);
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('moves the project with the stage fields, its version and the note, then reports the moved project', async () => {
    const user = userEvent.setup({ delay: null });
    const moved = { ...card('p9', 'SIGNED', { agreedInvestment: '12.5', version: 4 }) };
    requestMock.mockResolvedValue({ moveProjectStage: moved });
    const onMoved = jest.fn();
    const onClose = jest.fn();
    renderDom(<StageMoveModal project={card('p9', 'NEGOTIATING')} to={ProjectStage.SIGNED} onClose={onClose} onMoved={onMoved} now={now} />);
    expect(dialog().textContent).toContain('移动“Project p9”：洽谈 → 签约');
    await user.type(field(label('agreedInvestment')) as HTMLElement, '12.5');
    await user.type(field(label('note')) as HTMLElement, '在区政府签约');
    await user.click(within(dialog()).getByRole('button', { name: /确认移动/ }));
    await waitFor(() => expect(onMoved).toHaveBeenCalledWith(moved));
    expect(requestMock).toHaveBeenCalledTimes(1);
    expect(requestMock.mock.calls[0][1]).toEqual({
      input: { projectId: 'p9', to: 'SIGNED', expectedVersion: 3, signedOn: '2026-03-10', agreedInvestment: '12.5', note: '在区政府签约' },
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the API's refusal under the field it names", async () => {
    const user = userEvent.setup({ delay: null });
    const { ApiError } = jest.requireActual('@chainboard/web-graphql');
    requestMock.mockRejectedValue(new ApiError('BAD_USER_INPUT', '落地载体太长', [{ field: 'input.carrier', message: '落地载体不能超过200个字符' }]));
    renderDom(<StageMoveModal project={card('p', 'REGISTERED')} to={ProjectStage.CONSTRUCTION_STARTED} onClose={() => undefined} now={now} />);
    await user.type(field(label('carrier')) as HTMLElement, '武侯电商产业功能区');
    await user.click(within(dialog()).getByRole('button', { name: /确认移动/ }));
    expect(await within(dialog()).findByText('落地载体不能超过200个字符')).toBeTruthy();
  });
});
