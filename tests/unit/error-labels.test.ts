import pino from 'pino';
import { GraphQLError } from 'graphql';
import { chineseFirst } from '../../subgraphs/shared/graphql/error-labels';
import { makeFormatError } from '../../subgraphs/shared/graphql/format-error';
import { DomainError } from '../../subgraphs/shared/domain/errors';

describe('every message a clerk reads is in Chinese', () => {
  test('a message without Chinese is led by what its code means, its words kept', () => {
    expect(chineseFirst('BAD_USER_INPUT', 'Not a valid identifier: x')).toBe('输入不符合规则（Not a valid identifier: x）');
    expect(chineseFirst('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".')).toBe('查询不符合接口定义或超出限制（Cannot query field "x" on type "Query".）');
    expect(chineseFirst('SOMETHING_NEW', 'odd')).toBe('请求未能完成（odd）');
    expect(chineseFirst(undefined, 'odd')).toBe('请求未能完成（odd）');
  });
  test('a message already in Chinese is left as written', () => {
    expect(chineseFirst('MATERIALS_REQUIRED', '必要材料不全：申请书 (Mandatory materials are missing)')).toBe('必要材料不全：申请书 (Mandatory materials are missing)');
  });
  test.each([false, true])('the services format domain and GraphQL errors so (production %s)', (production) => {
    const format = makeFormatError(pino({ level: 'silent' }), production);
    const domain = format({ message: 'x', path: ['countyCase'] }, new DomainError('BAD_USER_INPUT', 'Not a valid identifier: x'));
    expect(domain).toMatchObject({ message: '输入不符合规则（Not a valid identifier: x）', path: ['countyCase'], extensions: { code: 'BAD_USER_INPUT' } });
    const gql = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: gql.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, gql).message).toBe('查询不符合接口定义或超出限制（Cannot query field "x" on type "Query".）');
  });
});
