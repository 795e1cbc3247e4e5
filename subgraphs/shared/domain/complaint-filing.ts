/** What a complaint must contain when it is filed (SPEC §4.5): who, against which unit or case, the text. */
import { parseCaseNumber } from './case-number';
import { MAX_COMPLAINANT_NAME, MAX_COMPLAINT_TEXT, type ComplaintUnitType } from './complaint';
import { DomainError } from './errors';
import { isValidMobile } from './identity';

export interface ComplaintFilingInput {
  unitType: string;
  complainantName: string;
  complainantPhone?: string | null;
  text: string;
  caseNumber?: string | null;
}

export interface ComplaintFiling {
  unitType: ComplaintUnitType;
  complainantName: string;
  complainantPhone: string | null;
  text: string;
  caseNumber: string | null;
}

function text(field: string, value: unknown): string {
  if (value !== undefined && value !== null && typeof value !== 'string') throw new DomainError('BAD_USER_INPUT', `${field} must be text`, { field });
  return typeof value === 'string' ? value.trim() : '';
}

/** Trims and checks the complainant's input; every refusal names the field in words a clerk understands. */
export function checkComplaintFiling(input: ComplaintFilingInput): ComplaintFiling {
  if (input.unitType !== 'DEPARTMENT' && input.unitType !== 'TOWNSHIP') {
    throw new DomainError('BAD_USER_INPUT', 'unitType must be DEPARTMENT or TOWNSHIP (被投诉单位类型)', { field: 'unitType' });
  }
  const name = text('complainantName', input.complainantName);
  if (!name || Array.from(name).length > MAX_COMPLAINANT_NAME) {
    throw new DomainError('BAD_USER_INPUT', `The complainant's name must be 1–${MAX_COMPLAINANT_NAME} characters (投诉人姓名)`, { field: 'complainantName' });
  }
  const phone = text('complainantPhone', input.complainantPhone) || null;
  if (phone && !isValidMobile(phone)) {
    throw new DomainError('BAD_USER_INPUT', 'The phone must be an 11-digit mainland mobile number (手机号码)', { field: 'complainantPhone' });
  }
  const body = text('text', input.text);
  if (!body) throw new DomainError('BAD_USER_INPUT', 'Say what the complaint is about (投诉内容不能为空)', { field: 'text' });
  const length = Array.from(body).length;
  if (length > MAX_COMPLAINT_TEXT) {
    throw new DomainError('TEXT_TOO_LONG', `The complaint is longer than ${MAX_COMPLAINT_TEXT} characters (投诉内容超过${MAX_COMPLAINT_TEXT}字)`, {
      field: 'text',
      max: MAX_COMPLAINT_TEXT,
      length,
    });
  }
  const caseNumber = text('caseNumber', input.caseNumber).toUpperCase() || null;
  if (caseNumber && !parseCaseNumber(caseNumber)) {
    throw new DomainError('BAD_USER_INPUT', 'Not a case number such as SCJG-20260930-0001 (办件编号格式不正确)', { field: 'caseNumber' });
  }
  return { unitType: input.unitType, complainantName: name, complainantPhone: phone, text: body, caseNumber };
}
