import { ErrorCode, Role } from '@chainboard/domain';
import { toMapModel } from '../graph/model';
import {
  addNodeInput,
  canEditMap,
  deleteBlocker,
  edgeProblem,
  formValuesOf,
  isIndustryCode,
  offersReassign,
  parentOptions,
  reassignOptions,
  updateNodeInput,
  type MapNode,
} from './edit';

function mapNode(id: string, parentId: string | null, name: string, extra: Partial<MapNode> = {}): MapNode {
  return {
    id,
    parentId,
    name,
    description: '',
    position: null,
    status: 'STRONG',
    statusSource: 'JUDGEMENT',
    isHighEnd: false,
    isKey: false,
    industryCode: null,
    sortOrder: 0,
    depth: parentId ? 1 : 0,
    version: 3,
    anchorCompanies: 0,
    localCompanies: 0,
    targetCompanies: 0,
    activeLeads: 0,
    activeProjects: 0,
    isGap: false,
    isUncovered: false,
    projectsByStage: [],
    ...extra,
  };
}

const nodes = [mapNode('f', null, '电子陶瓷材料'), mapNode('a', 'f', '粉体', { position: 'UPSTREAM' }), mapNode('b', 'a', '高纯粉体'), mapNode('g', null, '前沿新材料')];
const model = toMapModel({ nodes, edges: [{ id: 'e', fromId: 'a', toId: 'g' }] });

describe('canEditMap', () => {
  const chain = { leaderId: 'leader', leadDepartmentId: 'dept' };
  it('lets the chain leader, the lead department and admins edit, and nobody else', () => {
    expect(canEditMap({ id: 'leader', role: Role.CHAIN_LEADER, departmentId: null }, chain)).toBe(true);
    expect(canEditMap({ id: 'm', role: Role.LEAD_DEPARTMENT_MEMBER, departmentId: 'dept' }, chain)).toBe(true);
    expect(canEditMap({ id: 'x', role: Role.ADMIN, departmentId: null }, chain)).toBe(true);
    expect(canEditMap({ id: 'other', role: Role.CHAIN_LEADER, departmentId: null }, chain)).toBe(false);
    expect(canEditMap({ id: 'leader', role: Role.VIEWER, departmentId: 'dept' }, chain)).toBe(false);
    expect(canEditMap(null, chain)).toBe(false);
  });
});

describe('node form', () => {
  it('starts a new node as missing under the chosen parent', () => {
    expect(formValuesOf(null, 'a')).toMatchObject({ parentId: 'a', status: 'MISSING', name: '' });
  });

  it('builds the add input with trimmed texts and no empty industry code', () => {
    const values = { ...formValuesOf(null, 'f'), name: ' 新节点 ', industryCode: ' ' };
    expect(addNodeInput('chain', values)).toMatchObject({ chainId: 'chain', name: '新节点', parentId: 'f', industryCode: null });
  });

  it('sends only the changed fields, with the version the editor saw', () => {
    const node = nodes[1];
    expect(updateNodeInput(node, formValuesOf(node))).toBeNull();
    expect(updateNodeInput(node, { ...formValuesOf(node), name: '氧化铝粉体', status: 'WEAK', parentId: 'g' })).toEqual({
      nodeId: 'a',
      expectedVersion: 3,
      name: '氧化铝粉体',
      status: 'WEAK',
      parentId: 'g',
    });
    expect(updateNodeInput(node, { ...formValuesOf(node), parentId: null })).toEqual({ nodeId: 'a', expectedVersion: 3, parentId: null });
    expect(updateNodeInput(node, { ...formValuesOf(node), industryCode: 'C3985' })).toMatchObject({ industryCode: 'C3985' });
  });

  it('checks industry codes against GB/T 4754', () => {
    expect(isIndustryCode('C3985')).toBe(true);
    expect(isIndustryCode('')).toBe(true);
    expect(isIndustryCode('3985')).toBe(false);
  });
});

describe('choices', () => {
  it('offers every node but the moving one and its descendants as a new parent', () => {
    const options = parentOptions(model, 'a');
    expect(options).toEqual([{ value: 'f', title: '电子陶瓷材料' }, { value: 'g', title: '前沿新材料' }]);
    expect(parentOptions(model, null)[0].children![0].children![0].value).toBe('b');
  });

  it('offers every other node to move attachments to', () => {
    expect(reassignOptions(model, 'b').map((o) => o.value)).toEqual(['f', 'a', 'g']);
  });
});

describe('delete and edges', () => {
  it('blocks deleting a node with sub-nodes, and offers reassigning only for the other conflicts', () => {
    expect(deleteBlocker(model, 'a')).toBe('children');
    expect(deleteBlocker(model, 'b')).toBeNull();
    expect(offersReassign({ code: ErrorCode.CONFLICT }, model, 'b')).toBe(true);
    expect(offersReassign({ code: ErrorCode.CONFLICT }, model, 'a')).toBe(false);
    expect(offersReassign({ code: ErrorCode.FORBIDDEN }, model, 'b')).toBe(false);
  });

  it('refuses self edges and duplicates', () => {
    expect(edgeProblem(model, 'a', 'a')).toBe('self');
    expect(edgeProblem(model, 'a', 'g')).toBe('exists');
    expect(edgeProblem(model, 'g', 'a')).toBeNull();
  });
});
