import { ErrorCode } from '@chainboard/domain';
import { ApiError } from '@chainboard/web-graphql';
import { createI18n } from '../i18n';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  const zh = createI18n('zh-CN').t;
  const en = createI18n('en').t;

  it("shows the API's own message as it came (already in the user's language)", () => {
    expect(errorMessage(new ApiError(ErrorCode.UNAUTHENTICATED, '用户名或密码错误'), en)).toBe('用户名或密码错误');
  });

  it('explains a network failure in the UI language', () => {
    expect(errorMessage(new ApiError('NETWORK', ''), zh)).toBe('无法连接服务器，请检查网络后重试');
    expect(errorMessage(new ApiError('NETWORK', ''), en)).toBe('Cannot reach the server; check your connection and try again');
  });

  it('falls back to a generic message for errors without a message and for foreign errors', () => {
    expect(errorMessage(new ApiError(ErrorCode.INTERNAL, ''), zh)).toBe('发生未知错误，请稍后再试');
    expect(errorMessage(new Error('TypeError: x is undefined'), en)).toBe('An unknown error occurred; please try again later');
  });
});
