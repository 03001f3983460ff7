/** @jest-environment jsdom */
import '../../test/dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { request, type ProjectDetailFieldsFragment } from '@chainboard/web-graphql';
import { card } from '../../test/fixtures';
import { renderDom } from '../../test/render';
import { IssuesCard } from './IssuesCard';
import { UpdatesCard } from './UpdatesCard';

jest.setTimeout(60_000);

jest.mock('@chainboard/web-graphql', () => ({ ...jest.requireActual('@chainboard/web-graphql'), request: jest.fn() }));
const requestMock = request as unknown as jest.Mock;

const project = { ...card('p1', 'SIGNED'), canEdit: false, canManageIssues: false, canEnterFunds: false } as unknown as ProjectDetailFieldsFragment;

/** The windows the cards asked for, by operation. */
const asked: Array<{ operation: string; limit: number; offset: number }> = [];

beforeEach(() => {
  asked.length = 0;
  requestMock.mockImplementation(async (document: unknown, variables: { limit: number; offset: number }) => {
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? '';
    asked.push({ operation, limit: variables.limit, offset: variables.offset });
    const window = (n: number) => Array.from({ length: Math.max(0, Math.min(variables.limit, n - variables.offset)) }, (_, i) => variables.offset + i + 1);
    switch (operation) {
      case 'ProjectUpdates':
        return {
          project: {
            id: 'p1',
            updateCount: 45,
            updates: window(45).map((n) => ({ id: `u${n}`, text: `Update ${n}`, createdOn: '2026-02-01', createdAt: '2026-02-01T02:00:00.000Z', author: null })),
          },
        };
      case 'ProjectIssues':
        return {
          project: {
            id: 'p1',
            issueCount: 30,
            openIssueCount: 10,
            issues: window(30).map((n) => ({
              id: `i${n}`,
              title: `Issue ${n}`,
              detail: null,
              status: 'OPEN',
              fromUnit: null,
              raisedOn: '2026-02-01',
              dueOn: null,
              resolution: null,
              closedOn: null,
              reopenReason: null,
              fromDepartment: null,
              raisedBy: null,
              closedBy: null,
            })),
          },
        };
      default:
        return {};
    }
  });
});

describe("a project's paged records", () => {
  it('shows a page of updates with the count, and asks the server for the next page', async () => {
    const user = userEvent.setup({ delay: null });
    renderDom(<UpdatesCard project={project} />);
    const list = await screen.findByRole('list', { name: '项目进展' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    const pager = screen.getByRole('navigation', { name: '项目进展分页' });
    expect(within(pager).getByTestId('sub-list-count').textContent).toContain('45');
    expect(asked).toEqual([{ operation: 'ProjectUpdates', limit: 20, offset: 0 }]);

    await user.click(within(pager).getByTitle(/下一页|Next Page/));
    await waitFor(() => expect(screen.getByText('Update 21')).toBeTruthy());
    expect(asked[asked.length - 1]).toEqual({ operation: 'ProjectUpdates', limit: 20, offset: 20 });
    expect(screen.queryByText('Update 1')).toBeNull();
  });

  it('counts the closure rate over every issue, not the page shown', async () => {
    renderDom(<IssuesCard project={project} />);
    const list = await screen.findByRole('list', { name: '问题清单' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    // 20 of 30 closed (10 open), though every issue on the page is open.
    expect(screen.getByText('办结率 67%（20/30）')).toBeTruthy();
  });
});
