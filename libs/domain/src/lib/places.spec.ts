import { matchCarriers, ParcelCondition, PATHS_FOR_CONDITION, RevitalisationPath, VacantCarrier } from '../index';

describe('where a project can land', () => {
  const carriers: VacantCarrier[] = [
    { id: 'b-big', kind: 'BUILDING', zoneId: 'z-yuehu', chainIds: ['c-materials'], vacant: '5000' },
    { id: 'b-small', kind: 'BUILDING', zoneId: 'z-yuehu', chainIds: [], vacant: '1999.9999' },
    { id: 'b-exact', kind: 'BUILDING', zoneId: 'z-yuehu', chainIds: [], vacant: '2000' },
    { id: 'b-other-zone', kind: 'BUILDING', zoneId: 'z-huaxi', chainIds: [], vacant: '9000' },
    { id: 'b-other-chain', kind: 'BUILDING', zoneId: 'z-yuehu', chainIds: ['c-health'], vacant: '9000' },
    { id: 'p-land', kind: 'PARCEL', zoneId: 'z-yuehu', chainIds: [], vacant: '30' },
    { id: 'p-small', kind: 'PARCEL', zoneId: 'z-yuehu', chainIds: [], vacant: '12.5' },
  ];

  it('returns only carriers with enough vacant space, in the right zone, for the chain, largest first', () => {
    const found = matchCarriers({ floorSpaceM2: '2000', landAreaMu: null, chainId: 'c-materials', zoneIds: ['z-yuehu'] }, carriers);
    expect(found.map((c) => c.id)).toEqual(['b-big', 'b-exact']);
  });

  it('matches land needs with parcels, and any zone when none is asked', () => {
    expect(matchCarriers({ floorSpaceM2: null, landAreaMu: '20', chainId: null }, carriers).map((c) => c.id)).toEqual(['p-land']);
    expect(matchCarriers({ floorSpaceM2: '8000', landAreaMu: null, chainId: 'c-health' }, carriers).map((c) => c.id)).toEqual(['b-other-chain', 'b-other-zone']);
  });

  it('finds nothing for a project that states no need', () => {
    expect(matchCarriers({ floorSpaceM2: null, landAreaMu: null, chainId: 'c-materials' }, carriers)).toEqual([]);
  });

  it('keeps the paths of 专栏2 by condition', () => {
    expect(PATHS_FOR_CONDITION[ParcelCondition.IDLE]).toEqual([RevitalisationPath.IDLE_DISPOSAL]);
    expect(PATHS_FOR_CONDITION[ParcelCondition.LOW_EFFICIENCY]).toHaveLength(6);
  });
});
