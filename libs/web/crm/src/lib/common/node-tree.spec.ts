import { nodeTree } from './node-tree';

describe('nodeTree', () => {
  it('nests nodes under their parents in sort order, keeping orphans at the top', () => {
    const tree = nodeTree([
      { id: 'b', name: '生物医用材料', parentId: null, sortOrder: 2 },
      { id: 'a', name: '电子陶瓷材料', parentId: null, sortOrder: 1 },
      { id: 'a2', name: 'MLCC', parentId: 'a', sortOrder: 2 },
      { id: 'a1', name: '陶瓷粉体', parentId: 'a', sortOrder: 1 },
      { id: 'x', name: '孤立节点', parentId: 'missing', sortOrder: 9 },
    ]);
    expect(tree).toEqual([
      { value: 'a', title: '电子陶瓷材料', children: [{ value: 'a1', title: '陶瓷粉体', children: [] }, { value: 'a2', title: 'MLCC', children: [] }] },
      { value: 'b', title: '生物医用材料', children: [] },
      { value: 'x', title: '孤立节点', children: [] },
    ]);
  });

  it('does not loop on a cycle (which the API refuses to store)', () => {
    expect(nodeTree([{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }])).toEqual([]);
  });
});
