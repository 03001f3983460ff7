import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('marks the ranges the API found', () => {
    expect(highlightParts('成都华日通讯有限公司', [{ start: 2, length: 2 }])).toEqual([
      { text: '成都', hit: false },
      { text: '华日', hit: true },
      { text: '通讯有限公司', hit: false },
    ]);
  });

  it('marks several words, merging overlapping or touching ranges, in any order', () => {
    expect(highlightParts('ab华日cd', [{ start: 4, length: 2 }, { start: 0, length: 2 }, { start: 1, length: 3 }])).toEqual([
      { text: 'ab华日cd', hit: true },
    ]);
    expect(highlightParts('华日华日', [{ start: 0, length: 1 }, { start: 2, length: 1 }])).toEqual([
      { text: '华', hit: true },
      { text: '日', hit: false },
      { text: '华', hit: true },
      { text: '日', hit: false },
    ]);
  });

  it('clips ranges past the text and ignores empty ones', () => {
    expect(highlightParts('华日', [{ start: 1, length: 9 }, { start: 0, length: 0 }, { start: 5, length: 1 }])).toEqual([
      { text: '华', hit: false },
      { text: '日', hit: true },
    ]);
    expect(highlightParts('华日', [])).toEqual([{ text: '华日', hit: false }]);
    expect(highlightParts('', [])).toEqual([{ text: '', hit: false }]);
  });
});
