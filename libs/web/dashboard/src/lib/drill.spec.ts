import { COUNTED_STAGES, ledgerPath, lightDrill, percentOf, signedDrill, stageDrill } from './drill';

const CHAIN = '2b8f0c1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

describe("the dashboard's drill-downs", () => {
  it('open the ledger on the same chain with the light, the stage or the signing dates of the figure', () => {
    expect(lightDrill(CHAIN, true, 'RED')).toBe(`/projects?chainId=${CHAIN}&lights=RED`);
    expect(lightDrill(null, true, 'YELLOW')).toBe('/projects?lights=YELLOW');
    expect(stageDrill(CHAIN, false, 'SIGNED')).toBe(`/projects?chainId=${CHAIN}&isDemo=false&stages=SIGNED`);
    expect(signedDrill(null, true, '2025-07-01', '2025-08-20', { types: ['INDUSTRIALISATION'] })).toBe(
      `/projects?stages=${COUNTED_STAGES.join('%2C')}&signedFrom=2025-07-01&signedTo=2025-08-20&types=INDUSTRIALISATION`,
    );
  });

  it('count signed projects in every stage after signing but not dropped ones', () => {
    expect(COUNTED_STAGES).not.toContain('NEGOTIATING');
    expect(COUNTED_STAGES).not.toContain('DROPPED');
    expect(COUNTED_STAGES).toEqual(expect.arrayContaining(['SIGNED', 'ON_HOLD', 'AT_FULL_CAPACITY']));
  });

  it('leave empty filters out', () => {
    expect(ledgerPath({ chainId: null, stages: [], signedFrom: '' })).toBe('/projects');
  });

  it('put a figure against its target in percent', () => {
    expect(percentOf('12.5', '50')).toBe(25);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf('3', '0')).toBeNull();
    expect(percentOf(null, '5')).toBeNull();
  });
});
