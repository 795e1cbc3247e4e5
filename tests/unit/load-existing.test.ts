import { byIdLoader, loadExisting } from '../../subgraphs/shared/db/loaders';

/** A non-null field backed by a foreign key: the row, or an error naming what is missing. */
const rows = [{ id: 'd1', name: '市场监督管理局' }];

test('loadExisting answers the row the loader finds', async () => {
  const loader = byIdLoader(async (ids) => rows.filter((r) => ids.includes(r.id)));
  await expect(loadExisting(loader, 'd1', 'department')).resolves.toEqual({ id: 'd1', name: '市场监督管理局' });
});

test('loadExisting reports a missing row as an error rather than a null for a non-null field', async () => {
  const loader = byIdLoader(async (ids) => rows.filter((r) => ids.includes(r.id)));
  await expect(loadExisting(loader, 'gone', 'department')).rejects.toThrow('department gone does not exist');
});
