import { EXPORT_FORMATS, exportPath, exportProblem, fileNameFrom } from '../../gateway/web/src/console/rules/export';

/** The console's 导出: where it asks, what it names the file, how it words a refusal. */

test('the file takes the gateway’s Chinese name, else its plain one, else the fallback', () => {
  const header = `attachment; filename="county-cases-2026-09-30.xlsx"; filename*=UTF-8''${encodeURIComponent('县级办件-2026-09-30.xlsx')}`;
  expect(fileNameFrom(header, 'x.xlsx')).toBe('县级办件-2026-09-30.xlsx');
  expect(fileNameFrom('attachment; filename="a.csv"', 'x.csv')).toBe('a.csv');
  expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A", 'x.csv')).toBe('x.csv');
  expect(fileNameFrom(null, 'x.csv')).toBe('x.csv');
});

test('both formats are offered, each at its own address', () => {
  expect(EXPORT_FORMATS.map((f) => f.label)).toEqual(['导出 Excel', '导出 CSV']);
  expect(exportPath('county-cases', 'csv')).toBe('/export/county-cases.csv');
});

test('a refusal reads in Chinese, by its code', () => {
  expect(exportProblem('FORBIDDEN')).toBe('导出失败：当前身份无权查看或办理此项内容。');
  expect(exportProblem('EXPORT_TOO_MANY_ROWS')).toContain('缩小查询条件');
  expect(exportProblem(undefined)).toBe('导出失败：系统繁忙，请稍后重试。');
});
