import { Role } from '@chainboard/domain';
import { landsOnMyWork, navItemOf, navItems } from './navigation';

describe('navigation', () => {
  it('puts "My work" first for investment staff and the chains overview first for everyone else', () => {
    expect(navItems(Role.INVESTMENT_STAFF)).toEqual(['myWork', 'chains', 'companies', 'leads', 'prospects']);
    expect(navItems(Role.CHAIN_LEADER)).toEqual(['chains', 'myWork', 'companies', 'leads', 'prospects']);
    expect(navItems(null)[0]).toBe('chains');
  });

  it('lands investment staff on "My work"', () => {
    expect(landsOnMyWork('INVESTMENT_STAFF')).toBe(true);
    expect(landsOnMyWork('VIEWER')).toBe(false);
    expect(landsOnMyWork(undefined)).toBe(false);
  });

  it('marks the section of a page', () => {
    expect(navItemOf('/')).toBe('chains');
    expect(navItemOf('/chains/abc/map')).toBe('chains');
    expect(navItemOf('/my-work')).toBe('myWork');
    expect(navItemOf('/companies/new')).toBe('companies');
    expect(navItemOf('/leads/3f0c2a4e')).toBe('leads');
    expect(navItemOf('/leadsx')).toBeNull();
    expect(navItemOf('/search')).toBeNull();
  });
});
