import { auditChanges, auditJson } from '../../subgraphs/shared/domain/audit-diff';
import { orderedId } from '../../subgraphs/shared/audit/audit-log';

test('an update lists only the fields that differ, in field order, before → after', () => {
  const before = { id: 'd1', code: 'SCJG', name: '旧名', phone: '1', updatedAt: new Date('2026-01-01T00:00:00Z') };
  const after = { id: 'd1', code: 'SCJG', name: '新名', phone: '2', updatedAt: new Date('2026-02-01T00:00:00Z') };
  expect(auditChanges(before, after)).toEqual([
    { field: 'name', before: '旧名', after: '新名' },
    { field: 'phone', before: '1', after: '2' },
  ]);
});

test('a creation lists every field with before null; a removal every field with after null', () => {
  expect(auditChanges(null, { workday: true, note: '调休' })).toEqual([
    { field: 'note', before: null, after: '调休' },
    { field: 'workday', before: null, after: true },
  ]);
  expect(auditChanges({ workday: false, note: null }, null)).toEqual([{ field: 'workday', before: false, after: null }]);
});

test('nested values compare by content, whatever the key order; an unchanged save lists nothing', () => {
  const materials = [{ name: '申请书', originals: 1, copies: 0, mandatory: true }];
  const reordered = [{ mandatory: true, copies: 0, originals: 1, name: '申请书' }];
  expect(auditChanges({ materials }, { materials: reordered })).toEqual([]);
  expect(auditChanges({ materials }, { materials: [...materials, { name: '照片', originals: 1, copies: 0, mandatory: false }] })).toHaveLength(1);
  expect(auditChanges({ a: 1, updatedAt: 'x', requestHash: 'h' }, { a: 1, updatedAt: 'y', requestHash: 'k' })).toEqual([]);
});

test('undefined and null are the same absence; a number and its text are not the same value', () => {
  expect(auditChanges({ fee: undefined }, { fee: null })).toEqual([]);
  expect(auditChanges({ days: 5 }, { days: '5' })).toEqual([{ field: 'days', before: 5, after: '5' }]);
  expect(auditJson(new Date('2026-03-01T08:00:00Z'))).toBe('2026-03-01T08:00:00.000Z');
  expect(auditJson({ b: 1, a: [undefined, 2] })).toEqual({ a: [null, 2], b: 1 });
});

test('audit ids are UUIDs that sort in the order they were made, within one millisecond too', () => {
  const ids = [orderedId(1_000), orderedId(1_000), orderedId(1_000), orderedId(2_000), orderedId(1_500)];
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect([...ids].sort()).toEqual(ids);
});
