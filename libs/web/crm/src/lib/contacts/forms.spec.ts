import dayjs from 'dayjs';
import { InteractionType } from '@chainboard/domain';
import { INTERACTION_TYPES, contactFormValues, districtToday, isAfterDistrictToday, newContactValues, toAddInteractionInput, toUpdateInteractionInput } from './forms';

// 17:30 UTC on 9 March is already 10 March in Chengdu (UTC+8).
const LATE_EVENING_UTC = new Date('2025-03-09T17:30:00Z');

describe('contact form', () => {
  it('offers every kind of contact the domain knows', () => {
    expect([...INTERACTION_TYPES].sort()).toEqual(Object.values(InteractionType).sort());
  });

  it("dates a new contact today in the district (Asia/Shanghai), whatever the browser's time zone", () => {
    expect(districtToday(LATE_EVENING_UTC).format('YYYY-MM-DD')).toBe('2025-03-10');
    expect(newContactValues(LATE_EVENING_UTC)).toMatchObject({ type: 'VISIT_OUT', summary: '' });
    expect(newContactValues(LATE_EVENING_UTC).occurredOn?.format('YYYY-MM-DD')).toBe('2025-03-10');
  });

  it('refuses dates after today in the district', () => {
    expect(isAfterDistrictToday(dayjs('2025-03-10'), LATE_EVENING_UTC)).toBe(false);
    expect(isAfterDistrictToday(dayjs('2025-03-11'), LATE_EVENING_UTC)).toBe(true);
  });

  it('logs a contact on a lead (its company implied), or on a company alone', () => {
    const values = { ...newContactValues(LATE_EVENING_UTC), summary: ' 上门拜访 ', ourPeople: ' 张三 ', theirPeople: '王总', outcome: '', nextStep: ' 寄送政策 ' };
    const fields = { type: 'VISIT_OUT', summary: '上门拜访', ourPeople: '张三', theirPeople: '王总', outcome: '', nextStep: '寄送政策', occurredOn: '2025-03-10' };
    expect(toAddInteractionInput({ leadId: 'l1', companyId: 'c1' }, values)).toEqual({ leadId: 'l1', ...fields });
    expect(toAddInteractionInput({ companyId: 'c1' }, values)).toEqual({ companyId: 'c1', ...fields });
  });

  it('edits a contact with all its fields', () => {
    const contact = {
      id: 'i1',
      type: 'CALL' as const,
      occurredOn: '2025-02-01',
      ourPeople: '张三',
      theirPeople: '',
      summary: '电话沟通',
      outcome: '有意向',
      nextStep: '',
      createdAt: '2025-02-01T08:00:00Z',
      companyId: 'c1',
      leadId: 'l1',
      company: { id: 'c1', name: '华日通讯' },
    };
    expect(toUpdateInteractionInput('i1', { ...contactFormValues(contact), outcome: '意向明确' })).toEqual({
      interactionId: 'i1',
      type: 'CALL',
      occurredOn: '2025-02-01',
      ourPeople: '张三',
      theirPeople: '',
      summary: '电话沟通',
      outcome: '意向明确',
      nextStep: '',
    });
  });
});
