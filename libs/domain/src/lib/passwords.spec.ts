import { readFileSync } from 'fs';
import { commonPasswordCheck, ERROR_MESSAGES, PASSWORD_POLICY, passwordProblem } from '../index';

// The list the API ships: the common passwords of @zxcvbn-ts/language-common.
const shipped = JSON.parse(readFileSync(require.resolve('@zxcvbn-ts/language-common/src/passwords.json'), 'utf8')) as string[];
const isCommon = commonPasswordCheck(shipped);
const problem = (password: string, username = 'staff.01') => passwordProblem(password, { username, isCommon })?.key ?? null;

describe('the password policy', () => {
  it('wants at least ten characters, counted as characters (not bytes), and at most 128', () => {
    expect(PASSWORD_POLICY.minLength).toBe(10);
    expect(problem('Short-9!')).toBe('password.tooShort');
    expect(passwordProblem('Short-9!')?.params).toEqual({ min: 10 });
    expect(problem('武侯区招商引资产业链')).toBeNull();
    expect(problem('武侯区招商引资')).toBe('password.tooShort');
    expect(problem('x'.repeat(129))).toBe('password.tooLong');
    expect(problem('          ')).toBe('password.blank');
  });

  it('refuses a password containing the username, whatever the case or width', () => {
    expect(problem('my-staff.01-secret')).toBe('password.containsUsername');
    expect(problem('My-STAFF.01-Secret')).toBe('password.containsUsername');
    expect(problem('Ｓｔａｆｆ.０１-and-more', 'staff.01')).toBe('password.containsUsername');
    expect(problem('Staff-zero-one-2025')).toBeNull();
  });

  it('refuses the known-breached common passwords of the shipped list, and the same with digits or signs added', () => {
    expect(shipped.length).toBeGreaterThan(10_000);
    for (const common of ['qwertyuiop', '1234567890', 'basketball', 'PASSWORD123', 'Password123!', 'superman2025!', 'iloveyou1234']) {
      expect({ common, key: problem(common) }).toEqual({ common, key: 'password.common' });
    }
    for (const fine of ['Wuhou-desk-2025', 'Chainboard@2025', 'correct horse battery staple']) {
      expect({ fine, key: problem(fine) }).toEqual({ fine, key: null });
    }
  });

  it('is only as strict as told: without the list, a common password passes the other rules', () => {
    expect(passwordProblem('qwertyuiop', { username: 'x' })).toBeNull();
  });

  it('names each rule in Chinese and English', () => {
    for (const key of ['password.blank', 'password.tooShort', 'password.tooLong', 'password.containsUsername', 'password.common', 'password.sameAsCurrent']) {
      expect(ERROR_MESSAGES['zh-CN'][key]).toBeTruthy();
      expect(ERROR_MESSAGES.en[key]).toBeTruthy();
    }
    expect(ERROR_MESSAGES['zh-CN']['password.tooShort']).toBe('密码至少需要{{min}}个字符');
    expect(ERROR_MESSAGES.en['password.common']).toMatch(/breached/);
  });
});
