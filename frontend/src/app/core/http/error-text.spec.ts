import { ERROR_CODES } from '@dondoc/contracts';
import { EN } from '../i18n/en';
import { VI } from '../i18n/vi';
import type { ApiFailure } from './api-error';
import { errorKey, errorText } from './error-text';

const refusal: ApiFailure = { status: 400, code: 'INVALID_PAYLOAD', message: 'Cần đính kèm sản phẩm' };
const english = (key: string) => {
  const [, code] = key.split('.');
  return (EN.errors as Record<string, string>)[code];
};

describe('errorText', () => {
  it("shows the server's Vietnamese reason to a Vietnamese reader", () => {
    expect(errorText(refusal, 'vi', english)).toBe('Cần đính kèm sản phẩm');
  });

  it('shows the text of the code, in English, to an English reader', () => {
    expect(errorText(refusal, 'en', english)).toBe(EN.errors.INVALID_PAYLOAD);
    expect(errorText(refusal, 'en', english)).not.toMatch(/Cần/);
  });

  it('never shows the raw message of a failure without a code', () => {
    const network: ApiFailure = { status: 0, code: 'NETWORK', message: 'Http failure response' };
    expect(errorText(network, 'vi', (key) => key)).toBe('errors.NETWORK');
  });

  it('names the four-eyes rule in English, not only "not allowed"', () => {
    const fourEyes: ApiFailure = {
      status: 403,
      code: 'FORBIDDEN',
      message: 'Nguyên tắc bốn mắt: bạn đã thẩm tra phiên bản này nên không thể phê duyệt',
      rule: 'FOUR_EYES_REVIEWER',
    };
    expect(errorText(fourEyes, 'en', english)).toBe(EN.errors.FOUR_EYES_REVIEWER);
    expect(errorText(fourEyes, 'vi', english)).toBe(fourEyes.message);
    expect(errorKey({ code: 'FORBIDDEN', rule: 'SOMETHING_NEW' })).toBe('errors.FORBIDDEN');
  });

  it.each([...ERROR_CODES, 'NETWORK', 'UNKNOWN'])('has words for %s in both languages', (code) => {
    const key = errorKey({ code: code as ApiFailure['code'] }).split('.')[1];
    expect((VI.errors as Record<string, string>)[key]).toEqual(expect.any(String));
    expect((EN.errors as Record<string, string>)[key]).toEqual(expect.any(String));
  });
});
