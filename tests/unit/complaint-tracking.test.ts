import { checkComplaintTracking } from '../../subgraphs/shared/domain/complaint-tracking';
import { DomainError } from '../../subgraphs/shared/domain/errors';

const refusal = (a: { number?: unknown; queryCode?: unknown }) => {
  try {
    checkComplaintTracking(a);
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: (e.details as { field?: string } | undefined)?.field };
    throw e;
  }
  return null;
};

describe('checkComplaintTracking', () => {
  test('trims, upper-cases and drops spaces inside the code', () => {
    expect(checkComplaintTracking({ number: ' ts-20261201-0007 ', queryCode: 'ab3 k7m' })).toEqual({ number: 'TS-20261201-0007', queryCode: 'AB3K7M' });
  });

  test.each([
    [{ number: '', queryCode: 'AB3K7M' }, 'number'],
    [{ number: '  ', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 42, queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261201-0007', queryCode: '' }, 'queryCode'],
    [{ number: 'TS-20261201-0007' + '1'.repeat(40), queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'SCJG-20261201-0007', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261301-0007', queryCode: 'AB3K7M' }, 'number'],
    [{ number: 'TS-20261201-0007', queryCode: 'AB3K7MX' }, 'queryCode'],
    [{ number: 'TS-20261201-0007', queryCode: 'AB1K0M' }, 'queryCode'],
  ])('%j is BAD_USER_INPUT on %s', (a, field) => {
    expect(refusal(a)).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
