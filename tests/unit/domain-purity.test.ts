import * as fs from 'node:fs';
import * as path from 'node:path';
import * as domain from '../../subgraphs/shared/domain';

const DOMAIN_DIR = path.resolve(__dirname, '../../subgraphs/shared/domain');
const ALLOWED_PACKAGES = new Set(['chinese-days', 'node:crypto']);

describe('the domain rules stay pure', () => {
  const files = fs.readdirSync(DOMAIN_DIR).filter((f) => f.endsWith('.ts'));

  it('has the expected modules', () => {
    for (const f of ['errors', 'time', 'calendar', 'deadline', 'lifecycle', 'warning', 'identity', 'masking', 'case-number', 'item-rules', 'index']) {
      expect(files).toContain(`${f}.ts`);
    }
  });

  it.each(files)('%s imports only sibling modules, chinese-days or node:crypto', (file) => {
    const source = fs.readFileSync(path.join(DOMAIN_DIR, file), 'utf8');
    const specifiers = [...source.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const outside = specifiers.filter((s) => !s.startsWith('./') && !ALLOWED_PACKAGES.has(s));
    expect(outside).toEqual([]);
    expect(source).not.toMatch(/process\.env|console\.|Intl\./);
  });

  it('re-exports the public API from index', () => {
    for (const name of [
      'DomainError',
      'isCalendarDate',
      'shanghaiDate',
      'startOfShanghaiDay',
      'endOfShanghaiDay',
      'addCalendarDays',
      'weekdayOf',
      'yearOf',
      'WorkCalendar',
      'BASE_CALENDAR_YEARS',
      'ITEM_KIND_CODES',
      'computeDue',
      'extendForPause',
      'SPECIAL_PROCEDURE_CODES',
      'initialCaseState',
      'applyAction',
      'isOpen',
      'isCompleted',
      'isTerminal',
      'allowedActions',
      'STATUS_LABELS_ZH',
      'ACTION_LABELS_ZH',
      'DEFAULT_WARNING_THRESHOLDS',
      'warningLevel',
      'isValidResidentId',
      'isValidCreditCode',
      'assertValidApplicantId',
      'isValidMobile',
      'maskIdNumber',
      'maskCreditCode',
      'maskPhone',
      'maskName',
      'maskSensitiveText',
      'formatCaseNumber',
      'parseCaseNumber',
      'generateQueryCode',
      'isQueryCode',
      'checkItemDeadlines',
    ]) {
      expect({ name, exported: name in domain }).toEqual({ name, exported: true });
    }
  });
});
