import { freeTextFor, maskCreditCode, maskIdNumber, maskName, maskPhone, maskSensitiveText, maskWaybill } from '../../subgraphs/shared/domain/masking';

describe('maskIdNumber', () => {
  it('keeps the first 6 and the last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('hides a short value entirely, keeping its length', () => {
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskCreditCode', () => {
  it('keeps the first 8 (authority, kind, region) and the last 2', () => {
    expect(maskCreditCode('91350100M000100Y43')).toBe('91350100********43');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and the last 4 of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('keeps only the last 4 of other numbers, and hides short ones', () => {
    expect(maskPhone('057187654321')).toBe('********4321');
    expect(maskPhone('12345678')).toBe('****5678');
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('110')).toBe('***');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['李小龙', '李**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳修', '欧阳*'],
    ['司马相如', '司马**'],
    ['欧阳', '欧*'], // only a surname: keep its first character
    ['王', '*'],
    ['  赵六  ', '赵*'],
    ['阿依古丽·买买提', '阿*******'],
    ['𠮷野家', '𠮷**'], // a character outside the BMP counts once
    ['', ''],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('maskSensitiveText', () => {
  it('masks an ID number, a credit code and a mobile number in one log line', () => {
    const line = 'applicant id=11010519491231002X org=91350100M000100Y43 tel 13812341234 case XZSP01-20260929-0007';
    expect(maskSensitiveText(line)).toBe(
      'applicant id=110105********002X org=91350100********43 tel 138****1234 case XZSP01-20260929-0007',
    );
  });

  it('masks numbers right next to Chinese text and punctuation', () => {
    expect(maskSensitiveText('身份证号110105194912310026，电话13900001111。')).toBe('身份证号110105********0026，电话139****1111。');
  });

  it('masks invalid (mistyped) numbers too: they are still someone’s data', () => {
    expect(maskSensitiveText('invalid id 110105194912310021')).toBe('invalid id 110105********0021');
    expect(maskSensitiveText('bad code 91350100M000100Y44')).toBe('bad code 91350100********44');
  });

  it('masks a lower-case x ID', () => {
    expect(maskSensitiveText('"11010519491231002x"')).toBe('"110105********002x"');
  });

  it('keeps a +86 or 0086 prefix and masks the mobile', () => {
    expect(maskSensitiveText('+8613812341234; 0086-13812341234; 86 13812341234')).toBe(
      '+86138****1234; 0086-138****1234; 86 138****1234',
    );
  });

  it('masks several occurrences', () => {
    expect(maskSensitiveText('13800000000,13900000000')).toBe('138****0000,139****0000');
  });

  it('masks values inside JSON', () => {
    const json = JSON.stringify({ idNumber: '11010519491231002X', phone: '13812341234' });
    expect(maskSensitiveText(json)).toBe('{"idNumber":"110105********002X","phone":"138****1234"}');
  });

  it('leaves ordinary text, ids, times and case numbers alone', () => {
    const harmless = [
      'request 3f2b9c1e-8d4a-4c6f-9a1b-2e3d4c5b6a7f took 123 ms',
      '2026-09-29T15:30:00.000Z accepted XZSP01-20260929-0007',
      'CHARACTERISTICALLY characteristically',
      'ABCDEFGHJKLMNPQRTU',
      'epoch 1790000000000 and 12812345678',
      'card 6222021234567890123', // 19 digits: not an ID, not a phone
      '',
    ];
    for (const text of harmless) expect(maskSensitiveText(text)).toBe(text);
  });

  it('does not mask a mobile hidden inside a longer digit run', () => {
    expect(maskSensitiveText('order 9913812341234')).toBe('order 9913812341234');
  });

  it('is idempotent', () => {
    const once = maskSensitiveText('id 11010519491231002X tel 13812341234 org 91350100M000100Y43');
    expect(maskSensitiveText(once)).toBe(once);
  });

  it('passes non-strings through untouched', () => {
    expect(maskSensitiveText(undefined as unknown as string)).toBeUndefined();
  });
});

describe('maskSensitiveText on clerks\' notes', () => {
  it.each([
    ['申请人电话17712345678，身份证511002199001011234', '申请人电话177****5678，身份证511002********1234'],
    ['EXPRESS SF5175123456789', 'EXPRESS SF*********6789'],
    ['顺丰速运寄递，运单号SF1234567890', '顺丰速运寄递，运单号SF******7890'],
    ['京东 JD0012345678901', '京东 JD*********8901'],
    ['政务专递（EMS）EA123456789CN', '政务专递（EMS）EA*********CN'],
    ['中通快递单号：75312345678901', '中通快递单号：**********8901'],
    ['tracking no. 9876543210AB', 'tracking no. ********10AB'],
    ['联系电话0839-5123401，已通知', '联系电话0839-***3401，已通知'],
    ['固话 010-12345678', '固话 010-****5678'],
    ['统一社会信用代码91350100M000100Y43的企业', '统一社会信用代码91350100********43的企业'],
  ])('%s → %s', (note, masked) => expect(maskSensitiveText(note)).toBe(masked));

  it('leaves case numbers, dates, document numbers and plain delivery words alone', () => {
    for (const text of [
      '已转报县级 511099101-20260930-0001',
      '快递已寄出 2026-11-20',
      'express delivery done',
      '临市监许〔2026〕15号',
      '申请人现场领取',
      '顺丰速运寄递',
      '2026-09-29T15:30:00.000+08:00',
    ]) expect(maskSensitiveText(text)).toBe(text);
  });

  it('is idempotent on notes too', () => {
    const once = maskSensitiveText('EXPRESS SF5175123456789 电话0839-5123401 单号 75312345678901 EA123456789CN');
    expect(maskSensitiveText(once)).toBe(once);
  });
});

describe('maskWaybill', () => {
  it.each([
    ['SF1234567890123', 'SF*********0123'],
    ['75312345678901', '**********8901'],
    ['1234', '****'],
  ])('%s → %s', (code, masked) => expect(maskWaybill(code)).toBe(masked));
});

describe('freeTextFor', () => {
  it('gives the handling clerk the note as written and everyone else the masked one', () => {
    expect(freeTextFor('电话13812341234', true)).toBe('电话13812341234');
    expect(freeTextFor('电话13812341234', false)).toBe('电话138****1234');
    expect(freeTextFor(null, false)).toBeNull();
  });
});
