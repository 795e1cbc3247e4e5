import { COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS_ZH, complaintChannelFor, isComplaintChannel } from '../../subgraphs/shared/domain/complaint-channel';
import { DomainError } from '../../subgraphs/shared/domain/errors';

test('the public always files by the web form and may not claim another channel', () => {
  expect(complaintChannelFor(false, undefined)).toBe('PUBLIC_FORM');
  expect(complaintChannelFor(false, null)).toBe('PUBLIC_FORM');
  expect(complaintChannelFor(false, 'PUBLIC_FORM')).toBe('PUBLIC_FORM');
  for (const c of COMPLAINT_CHANNELS.filter((c) => c !== 'PUBLIC_FORM')) expect(complaintChannelFor(false, c)).toBeNull();
});

test('staff name any channel, the window when they name none', () => {
  expect(complaintChannelFor(true, undefined)).toBe('WINDOW');
  for (const c of COMPLAINT_CHANNELS) expect(complaintChannelFor(true, c)).toBe(c);
});

test('an unknown channel is bad input for anyone', () => {
  for (const staff of [true, false]) {
    for (const bad of ['FAX', 'hotline_12345', '', 3]) {
      expect(() => complaintChannelFor(staff, bad)).toThrow(DomainError);
      try {
        complaintChannelFor(staff, bad);
      } catch (e) {
        expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      }
    }
  }
  expect(isComplaintChannel('LETTER')).toBe(true);
  expect(Object.keys(COMPLAINT_CHANNEL_LABELS_ZH).sort()).toEqual([...COMPLAINT_CHANNELS].sort());
});
