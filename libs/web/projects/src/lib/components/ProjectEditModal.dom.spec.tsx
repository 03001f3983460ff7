/** @jest-environment jsdom */
import '../../test/dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorCode } from '@chainboard/domain';
import { ApiError, request, type ProjectDetailFieldsFragment } from '@chainboard/web-graphql';
import { card } from '../../test/fixtures';
import { renderDom } from '../../test/render';
import { ProjectEditModal } from './ProjectEditModal';

// The whole project form in jsdom: slow on a busy machine.
jest.setTimeout(120_000);

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));
jest.mock('@chainboard/web-auth', () => ({
  ...jest.requireActual('@chainboard/web-auth'),
  useAuth: () => ({ user: { id: 'u1', role: 'INVESTMENT_STAFF', departmentId: null, displayName: 'Zhang San', username: 'staff.01' } }),
}));
const requestMock = request as unknown as jest.Mock;

function detail(version: number, extra: Partial<ProjectDetailFieldsFragment> = {}): ProjectDetailFieldsFragment {
  return {
    ...card('p1', 'SIGNED', { version, agreedInvestment: '20' }),
    signedOn: '2026-01-10',
    createdOn: '2026-01-02',
    lastUpdateOn: null,
    fundsInPlace: '0',
    fundsInPlacePercent: 0,
    openIssueCount: 0,
    nodes: [],
    responsibleLeader: null,
    responsibleUnit: null,
    latestUpdate: null,
    codeName: null,
    chainId: 'chain-1',
    companyId: 'company-p1',
    leadId: null,
    ownerId: 'u1',
    responsibleLeaderId: null,
    responsibleUnitId: null,
    foreignAmount: null,
    foreignCurrency: null,
    carrier: 'Building A',
    landAreaMu: null,
    floorSpaceM2: null,
    expectedOutput: null,
    expectedTax: null,
    expectedJobs: null,
    registeredCompanyName: null,
    registeredCreditCode: null,
    startedOn: null,
    productionOn: null,
    capacityOn: null,
    holdReason: null,
    dropReason: null,
    updatedAt: '2026-03-01T02:00:00.000Z',
    canEdit: true,
    canManageIssues: true,
    canEnterFunds: true,
    lead: null,
    createdBy: null,
    updatedBy: null,
    milestones: [],
    ...extra,
  } as ProjectDetailFieldsFragment;
}

/** Answers the documents by operation name; updateProject as the test says. */
function api(updateProject: (input: Record<string, unknown>) => unknown, newer: ProjectDetailFieldsFragment) {
  requestMock.mockImplementation(async (document: unknown, variables: { input?: Record<string, unknown> }) => {
    // The documents are typed strings: the operation's name is in their text.
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1];
    switch (operation) {
      case 'UpdateProject':
        return { updateProject: await updateProject(variables.input ?? {}) };
      case 'Project':
        return { project: newer };
      case 'CrmChains':
        return { chains: [{ id: 'chain-1', code: 'EI', name: 'Electronic information', sortOrder: 1, leaderId: 'l1', leadDepartmentId: 'd1' }] };
      case 'ProjectPeople':
        return { users: [{ id: 'u1', displayName: 'Zhang San', role: 'INVESTMENT_STAFF', active: true, departmentId: null }], departments: [] };
      default:
        return {};
    }
  });
}

describe('ProjectEditModal', () => {
  it('on a conflict shows what the other person saved beside what the user typed, and re-applies the changes on the newer version', async () => {
    const user = userEvent.setup({ delay: null });
    const newer = detail(6, { carrier: 'Building B', agreedInvestment: '22', updatedBy: { id: 'u2', displayName: 'Li Si' } });
    const sent: Array<Record<string, unknown>> = [];
    api((input) => {
      sent.push(input);
      if (sent.length === 1) throw new ApiError(ErrorCode.CONFLICT, 'changed by someone else');
      return detail(7, { carrier: 'Building B', agreedInvestment: '25.5' });
    }, newer);
    const onClose = jest.fn();
    renderDom(<ProjectEditModal project={detail(5)} open onClose={onClose} />);

    const amount = screen.getByLabelText('协议投资额');
    await user.clear(amount);
    await user.type(amount, '25.5');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    const table = await screen.findByRole('table', { name: '修改冲突' });
    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(expect.arrayContaining([expect.stringContaining('落地载体Building BBuilding A'), expect.stringContaining('协议投资额22 亿元25.5 亿元')]));
    expect(screen.getByText('Li Si已保存了新的内容（版本 6）')).toBeTruthy();
    expect(sent[0]).toEqual({ projectId: 'p1', expectedVersion: 5, agreedInvestment: '25.5' });

    await user.click(screen.getByRole('button', { name: '在最新版本上重新应用我的修改' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    // Only the user's own change is sent again, at the newer version: the other person's carrier stays.
    expect(sent[1]).toEqual({ projectId: 'p1', expectedVersion: 6, agreedInvestment: '25.5' });
  });
});
