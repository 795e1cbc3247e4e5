import QRCode from 'qrcode';
import {
  beijingDay,
  chineseDate,
  deliveryMethodText,
  documentsFor,
  isMaskedCode,
  latestStep,
  mayPrint,
  printPath,
  QR_OPTIONS,
  supplementNote,
  trackingUrl,
  validPrintAddress,
} from '../../gateway/web/src/console/print/rules';
import { applicantLine, printCase, type CaseForPrint } from '../../gateway/web/src/console/print/model';
import { mayOpen } from '../../gateway/web/src/console/rules/navigation';

describe('the date in Chinese form', () => {
  test('GB/T 9704 form by default: Arabic numerals, full year, no leading zeros', () => {
    expect(chineseDate('2026-12-01')).toBe('2026年12月1日');
    expect(chineseDate('2026-09-30')).toBe('2026年9月30日');
    expect(chineseDate('2027-01-09')).toBe('2027年1月9日');
  });
  test('the older hanzi form: 〇 for zero, tens spelled as spoken', () => {
    expect(chineseDate('2026-12-01', 'hanzi')).toBe('二〇二六年十二月一日');
    expect(chineseDate('2030-10-20', 'hanzi')).toBe('二〇三〇年十月二十日');
    expect(chineseDate('2026-02-11', 'hanzi')).toBe('二〇二六年二月十一日');
    expect(chineseDate('2026-03-31', 'hanzi')).toBe('二〇二六年三月三十一日');
  });
  test('an instant is dated in Beijing time, whatever the machine’s zone', () => {
    // 16:30 UTC on 30 November is 00:30 on 1 December in Beijing.
    expect(beijingDay('2026-11-30T16:30:00.000Z')).toBe('2026-12-01');
    expect(chineseDate('2026-11-30T16:30:00.000Z')).toBe('2026年12月1日');
    expect(chineseDate('2026-11-30T15:59:59.000Z')).toBe('2026年11月30日');
  });
  test('a missing or malformed date leaves blanks for a pen', () => {
    for (const v of [null, undefined, '', 'soon', '2026-13-01', '2026-00-10']) expect(chineseDate(v)).toBe('____年__月__日');
  });
});

describe('the tracking address of the QR code', () => {
  test('origin, number and code, URL-encoded', () => {
    expect(trackingUrl('http://127.0.0.1:8080', 'SCJG-20261120-0001', 'K7QX2M')).toBe('http://127.0.0.1:8080/track?number=SCJG-20261120-0001&code=K7QX2M');
    expect(trackingUrl('https://zwfw.example.gov.cn/', 'A B&C', 'x=y')).toBe('https://zwfw.example.gov.cn/track?number=A+B%26C&code=x%3Dy');
    // The address parses back to the same number and code.
    const u = new URL(trackingUrl('http://h', 'HK-20261120-0003', 'AB12CD')!);
    expect([u.pathname, u.searchParams.get('number'), u.searchParams.get('code')]).toEqual(['/track', 'HK-20261120-0003', 'AB12CD']);
  });
  test('no address for a masked code or a missing number', () => {
    expect(isMaskedCode('******')).toBe(true);
    expect(isMaskedCode('')).toBe(true);
    expect(isMaskedCode('AB*CD1')).toBe(false);
    expect(trackingUrl('http://h', 'N-1', '******')).toBeNull();
    expect(trackingUrl('http://h', '', 'ABC123')).toBeNull();
  });
  test('the options the page draws with encode the address (the library reads it back)', async () => {
    const url = trackingUrl('http://127.0.0.1:8080', 'SCJG-20261120-0001', 'K7QX2M')!;
    const svg = await QRCode.toString(url, QR_OPTIONS);
    expect(svg.startsWith('<svg')).toBe(true);
    // The symbol's segments, read back, spell exactly the address.
    const code = QRCode.create(url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel });
    const text = code.segments.map((seg) => {
      const data = (seg as unknown as { data: Uint8Array | string }).data;
      return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    });
    expect(text.join('')).toBe(url);
    // Drawn twice the same way: the browser test compares the page's SVG with this one.
    expect(await QRCode.toString(url, QR_OPTIONS)).toBe(svg);
  });
});

describe('which document a state allows', () => {
  const s = (status: string, acceptedAt: string | null = null, missingMaterials: string[] = []) => documentsFor({ status, acceptedAt, missingMaterials });
  test('nothing for a case only received', () => expect(s('RECEIVED')).toEqual([]));
  test('the acceptance notice once accepted, through to delivery', () => {
    for (const st of ['ACCEPTED', 'IN_PROGRESS', 'SPECIAL_PROCEDURE']) expect(s(st, '2026-11-20T03:00:00Z')).toEqual(['acceptance-notice']);
    expect(s('APPROVED', '2026-11-20T03:00:00Z')).toEqual(['acceptance-notice', 'delivery-receipt']);
    expect(s('REJECTED', '2026-11-20T03:00:00Z')).toEqual(['acceptance-notice', 'delivery-receipt']);
    expect(s('DELIVERED', '2026-11-20T03:00:00Z')).toEqual(['acceptance-notice', 'delivery-receipt']);
  });
  test('the one-time notice while materials are asked for, accepted or not yet', () => {
    expect(s('SUPPLEMENT_REQUESTED', null, ['营业执照'])).toEqual(['supplement-notice']);
    expect(s('SUPPLEMENT_REQUESTED', '2026-11-20T03:00:00Z', ['营业执照'])).toEqual(['acceptance-notice', 'supplement-notice']);
    expect(s('SUPPLEMENT_REQUESTED', null, [])).toEqual([]);
  });
  test('the refusal notice only when not accepted; nothing after a withdrawal', () => {
    expect(s('NOT_ACCEPTED')).toEqual(['refusal-notice']);
    expect(s('WITHDRAWN', '2026-11-20T03:00:00Z')).toEqual([]);
  });
});

describe('print addresses and who opens them', () => {
  test('kinds and tiers; the intake receipt is the township’s only', () => {
    expect(printPath('acceptance-notice', 'county', 'a/b')).toBe('/print/acceptance-notice/county/a%2Fb');
    expect(validPrintAddress('acceptance-notice', 'township')).toBe(true);
    expect(validPrintAddress('intake-receipt', 'township')).toBe(true);
    expect(validPrintAddress('intake-receipt', 'county')).toBe(false);
    expect(validPrintAddress('receipt', 'county')).toBe(false);
    expect(validPrintAddress('refusal-notice', 'city')).toBe(false);
  });
  test('county clerks print county documents, township clerks township ones; no other role', () => {
    expect(mayOpen('COUNTY_CLERK', '/print/acceptance-notice/county/c1')).toBe(true);
    expect(mayOpen('COUNTY_CLERK', '/print/acceptance-notice/township/t1')).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', '/print/intake-receipt/township/i1')).toBe(true);
    expect(mayOpen('TOWNSHIP_CLERK', '/print/supplement-notice/township/t1')).toBe(true);
    expect(mayOpen('TOWNSHIP_CLERK', '/print/delivery-receipt/county/c1')).toBe(false);
    for (const role of ['SUPERVISOR', 'VIEWER', 'COUNTY_ADMIN', 'SERVICE'] as const) expect(mayPrint(role, '/print/acceptance-notice/county/c1')).toBe(false);
    expect(mayPrint('COUNTY_CLERK', '/print/acceptance-notice/county')).toBe(false);
    expect(mayPrint('COUNTY_CLERK', '/print/acceptance-notice/county/c1/extra')).toBe(false);
  });
});

describe('the document’s data from a case', () => {
  const base: CaseForPrint = {
    number: 'SCJG-20261120-0007',
    queryCode: 'K7QX2M',
    status: 'SUPPLEMENT_REQUESTED',
    statusLabel: '待补正',
    receivedAt: '2026-11-20T02:00:00Z',
    missingMaterials: ['营业执照副本', '法定代表人身份证明'],
    firstContactName: '王窗口',
    item: { name: '食品经营许可', promisedDays: 10 },
    applicant: { name: '张三', idType: 'RESIDENT_ID', idNumber: '511022199003071234', phone: null, masked: false },
    deadline: { acceptedAt: null, dueDate: null },
    history: [
      { step: 'receive', at: '2026-11-20T02:00:00Z', note: null },
      { step: 'requestSupplement', at: '2026-11-20T03:00:00Z', note: 'missing (补正材料): 营业执照; 旧的说明' },
      { step: 'resubmit', at: '2026-11-21T03:00:00Z', note: null },
      { step: 'requestSupplement', at: '2026-11-23T03:00:00Z', note: 'missing (补正材料): 营业执照副本, 法定代表人身份证明; 请提交原件; 复印件加盖公章' },
    ],
  };
  test('the latest supplement request’s date and the clerk’s own note', () => {
    const d = printCase('county', base, { name: '临江县市场监督管理局', contact: '' });
    expect(d).toMatchObject({ unitName: '临江县市场监督管理局', supplementAt: '2026-11-23T03:00:00Z', supplementNote: '请提交原件; 复印件加盖公章', refusedAt: null });
    expect(latestStep(base.history, 'notAccept')).toBeNull();
  });
  test('a note without materials is kept whole; a list alone is no note', () => {
    expect(supplementNote('missing (补正材料): a, b')).toBeNull();
    expect(supplementNote('请到窗口')).toBe('请到窗口');
    expect(supplementNote(null)).toBeNull();
  });
  test('the applicant as the role sees it, and the delivery method in words', () => {
    expect(applicantLine(base.applicant)).toBe('张三（身份证号码：511022199003071234）');
    expect(applicantLine({ name: '某*公司', idType: 'CREDIT_CODE', idNumber: '9151**********123X', masked: true })).toBe('某*公司（统一社会信用代码：9151**********123X）');
    expect(deliveryMethodText('EXPRESS')).toBe('邮寄送达');
    expect(deliveryMethodText('IN_PERSON')).toBe('当面送达');
    expect(deliveryMethodText(null)).toContain('□');
  });
});
